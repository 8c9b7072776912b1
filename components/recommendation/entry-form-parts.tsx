"use client";
// The parts every entry form of the series (response, assessment, follow-up) shares: which entry it
// writes, where the entry comes from, and why a correction is made.
import { useTranslations } from "next-intl";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Option } from "./options";
import type { useScopedForm } from "./use-scoped-form";

type ScopedForm = ReturnType<typeof useScopedForm>;

/** A correction names the entry and the version it started from; a new entry names its recommendation. */
export function EntryTarget({
  f,
  stored,
  recommendationId,
}: {
  f: ScopedForm;
  stored: { id: string } | null;
  recommendationId: string;
}) {
  return stored ? (
    <>
      <input type="hidden" name="id" value={stored.id} />
      <input type="hidden" name="version" value={f.version} />
    </>
  ) : (
    <input type="hidden" name="recommendationId" value={recommendationId} />
  );
}

interface StoredSource {
  documentId: string | null;
  location: string | null;
  sourceUrl: string | null;
}

/** Source document with page or section, or a link. */
export function SourceFields({
  f,
  stored,
  documents,
}: {
  f: ScopedForm;
  stored: StoredSource | null;
  documents: Option[];
}) {
  const common = { errors: f.errors };
  const t = useTranslations("entries");
  return (
    <>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          {...common}
          name={f.name("documentId")}
          label={t("sourceDocument")}
          options={documents}
          emptyLabel={t("notRecorded")}
          defaultValue={f.value("documentId", stored?.documentId)}
        />
        <TextField
          {...common}
          name={f.name("location")}
          label={t("location")}
          defaultValue={f.value("location", stored?.location)}
        />
      </div>
      <TextField
        {...common}
        name={f.name("sourceUrl")}
        type="url"
        label={t("sourceUrl")}
        hint={t("urlHint")}
        defaultValue={f.value("sourceUrl", stored?.sourceUrl)}
      />
    </>
  );
}

/** Shown on corrections only; `required` where every correction needs a reason, not only a change of status. */
export function CorrectionReason({ f, required }: { f: ScopedForm; required?: boolean }) {
  const t = useTranslations("entries");
  return (
    <TextArea
      errors={f.errors}
      name={f.name("reason")}
      label={t("correctionReason")}
      required={required}
      rows={2}
      hint={required ? undefined : t("correctionReasonHint")}
      defaultValue={f.value("reason", "")}
    />
  );
}
