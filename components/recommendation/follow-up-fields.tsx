"use client";
// The fields of a follow-up entry, shared by an editor's entry (follow-up-form.tsx) and a contributor's draft
// (components/review/draft-form.tsx): the date of the action, what was done, the evidence, the next step and the
// target date, with the same limits (lib/follow-ups/schema.ts FOLLOW_UP_LIMITS). Only an editor names the
// responsible institution (a contributor's draft is their own institution's).
import { useTranslations } from "next-intl";
import { DatedFields, EMPTY_DATED, type DatedValues } from "@/components/forms/dated-field";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { FOLLOW_UP_LIMITS } from "@/lib/follow-ups/schema";
import type { Option } from "./options";
import type { useScopedForm } from "./use-scoped-form";

export interface StoredFollowUpFields extends DatedValues {
  actionTaken: string;
  evidenceDocumentId: string | null;
  evidenceLocation: string | null;
  evidenceUrl: string | null;
  nextStep: string | null;
  targetDate: string;
  institutionId?: string | null;
}

/** The fields' names, for useScopedForm's `visible` (an editor's form adds institution, internal and reason). */
export const FOLLOW_UP_FIELDS = [
  "date",
  "notBefore",
  "notAfter",
  "dateNote",
  "actionTaken",
  "evidenceDocumentId",
  "evidenceLocation",
  "evidenceUrl",
  "nextStep",
  "targetDate",
];

export function FollowUpFields({
  f,
  stored,
  documents,
  institutions,
  today,
}: {
  f: ReturnType<typeof useScopedForm>;
  stored: StoredFollowUpFields | null;
  documents: Option[];
  /** The institutions an editor may name as responsible; none for a contributor's draft. */
  institutions?: Option[];
  today: string;
}) {
  const t = useTranslations("entries");
  const tf = useTranslations("forms");
  const common = { errors: f.errors };
  return (
    <>
      <DatedFields
        legend={t("actionDate")}
        name={f.name}
        value={f.value}
        stored={stored ?? EMPTY_DATED}
        errors={f.errors}
        today={today}
      />
      <TextArea
        {...common}
        name={f.name("actionTaken")}
        label={t("actionTaken")}
        required
        rows={4}
        maxLength={FOLLOW_UP_LIMITS.actionTaken}
        defaultValue={f.value("actionTaken", stored?.actionTaken)}
      />
      {institutions && (
        <SelectField
          {...common}
          name={f.name("institutionId")}
          label={t("responsibleInstitution")}
          options={institutions}
          emptyLabel={t("notStated")}
          defaultValue={f.value("institutionId", stored?.institutionId)}
        />
      )}
      <fieldset className="mt-4 rounded-md border border-slate-300 px-3 pb-3">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("evidence")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <SelectField
            {...common}
            name={f.name("evidenceDocumentId")}
            label={t("evidenceDocument")}
            hint={t("evidenceDocumentHint")}
            options={documents}
            emptyLabel={t("none")}
            defaultValue={f.value("evidenceDocumentId", stored?.evidenceDocumentId)}
          />
          <TextField
            {...common}
            name={f.name("evidenceLocation")}
            label={t("evidenceLocation")}
            hint={t("evidenceLocationHint")}
            defaultValue={f.value("evidenceLocation", stored?.evidenceLocation)}
          />
        </div>
        <TextField
          {...common}
          name={f.name("evidenceUrl")}
          type="url"
          label={t("evidenceUrl")}
          hint={t("urlHint")}
          defaultValue={f.value("evidenceUrl", stored?.evidenceUrl)}
        />
      </fieldset>
      <div className="grid gap-x-4 sm:grid-cols-[1fr_12rem]">
        <TextField
          {...common}
          name={f.name("nextStep")}
          label={t("nextStepLabel")}
          maxLength={FOLLOW_UP_LIMITS.nextStep}
          defaultValue={f.value("nextStep", stored?.nextStep)}
        />
        <TextField
          {...common}
          name={f.name("targetDate")}
          label={t("targetDateLabel")}
          hint={tf("dayHint")}
          defaultValue={f.value("targetDate", stored?.targetDate)}
        />
      </div>
    </>
  );
}
