"use client";
// The fields of an entry of the state's series, shared by an editor's response (response-form.tsx) and a
// contributor's progress update (components/review/progress-form.tsx): they say the same things with the same
// limits (lib/responses/schema.ts RESPONSE_CONTENT); only the words addressed to each differ (`labels`).
import { useTranslations } from "next-intl";
import { DatedFields, EMPTY_DATED, type DatedValues } from "@/components/forms/dated-field";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { RESPONSE_LIMITS } from "@/lib/responses/schema";
import { statusLabel } from "@/lib/i18n/status";
import type { StateResponseStatus } from "@/lib/vocab";
import { recordableResponseOptions, type Option } from "./options";
import type { useScopedForm } from "./use-scoped-form";
import { SourceFields } from "./entry-form-parts";

export interface StoredResponseFields extends DatedValues {
  status: string;
  text: string | null;
  statusSentence: string | null;
  documentId: string | null;
  location: string | null;
  sourceUrl: string | null;
}

/** The fields' names, for useScopedForm's `visible`. */
export const RESPONSE_FIELDS = [
  "status",
  "date",
  "notBefore",
  "notAfter",
  "dateNote",
  "text",
  "statusSentence",
  "documentId",
  "location",
  "sourceUrl",
];

export interface ResponseFieldLabels {
  status: string;
  date: string;
  text: string;
  textHint: string;
  sentenceHint: string;
}

export function ResponseFields({
  f,
  stored,
  documents,
  today,
  labels,
}: {
  f: ReturnType<typeof useScopedForm>;
  stored: StoredResponseFields | null;
  documents: Option[];
  today: string;
  labels: ResponseFieldLabels;
}) {
  const t = useTranslations("entries");
  const tf = useTranslations("forms");
  const ts = useTranslations("status");
  const common = { errors: f.errors };
  const options = recordableResponseOptions.map((o) => ({
    ...o,
    label: statusLabel(ts, o.value as StateResponseStatus),
  }));
  return (
    <>
      <SelectField
        {...common}
        name={f.name("status")}
        label={labels.status}
        required
        options={options}
        emptyLabel={tf("choose")}
        defaultValue={f.value("status", stored?.status)}
      />
      <DatedFields
        legend={labels.date}
        name={f.name}
        value={f.value}
        stored={stored ?? EMPTY_DATED}
        errors={f.errors}
        today={today}
      />
      <TextArea
        {...common}
        name={f.name("text")}
        label={labels.text}
        rows={6}
        maxLength={RESPONSE_LIMITS.text}
        hint={labels.textHint}
        defaultValue={f.value("text", stored?.text)}
      />
      <TextField
        {...common}
        name={f.name("statusSentence")}
        label={t("statusSentence")}
        maxLength={RESPONSE_LIMITS.statusSentence}
        counter
        hint={labels.sentenceHint}
        defaultValue={f.value("statusSentence", stored?.statusSentence)}
      />
      <SourceFields f={f} stored={stored} documents={documents} />
    </>
  );
}
