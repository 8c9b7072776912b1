"use client";
// Add (or correct) a recommendation text with its provenance. Used where the
// text was not in our sources: editors type or paste it from the report.
import { useAction } from "@/components/forms/use-action";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/result";
import { idle } from "@/lib/actions/result";
import { PRIORITY } from "@/lib/vocab";
import { SelectField, TextArea, TextField } from "./forms/field";
import { FormStatus } from "./forms/form-status";
import { SubmitButton } from "./forms/submit-button";
import { errorsOf, formKey, valueOf } from "./forms/use-form-values";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;
interface Option {
  id: string;
  title: string;
}

export function RecommendationForm({
  action,
  cycleId,
  sections,
  documents,
}: {
  action: Action;
  cycleId: string;
  sections: Option[];
  documents: Option[];
}) {
  const [state, formAction] = useAction(action, idle);
  const errors = errorsOf(state);
  const v = (name: string) => valueOf(state, name, null);
  const t = useTranslations("catalogue.recommendation");
  return (
    <form
      action={formAction}
      method="post"
      noValidate
      key={formKey(state)}
      aria-labelledby="new-rec-heading"
      className="max-w-2xl"
    >
      <h2 id="new-rec-heading" className="sr-only">
        {t("heading")}
      </h2>
      <input type="hidden" name="cycleId" value={cycleId} />
      <TextField
        name="label"
        label={t("label")}
        hint={t("labelHint")}
        required
        errors={errors}
        defaultValue={v("label")}
        maxLength={10}
      />
      <SelectField
        name="sectionId"
        label={t("section")}
        emptyLabel={t("noSection")}
        options={sections.map((s) => ({ value: s.id, label: s.title }))}
        errors={errors}
        defaultValue={v("sectionId")}
      />
      <SelectField
        name="priority"
        label={t("priority")}
        options={Object.keys(PRIORITY).map((value) => ({ value, label: t(`priorities.${value}`) }))}
        errors={errors}
        defaultValue={v("priority") || "UNSPECIFIED"}
      />
      <TextArea name="leadIn" label={t("leadIn")} errors={errors} defaultValue={v("leadIn")} rows={2} />
      <TextArea name="text" label={t("text")} required errors={errors} defaultValue={v("text")} rows={6} />
      <SelectField
        name="textVerification"
        label={t("verification")}
        options={[
          { value: "NEEDS_VERIFICATION", label: t("needsVerification") },
          { value: "VERIFIED", label: t("verified") },
        ]}
        errors={errors}
        defaultValue={v("textVerification") || "NEEDS_VERIFICATION"}
      />
      <TextArea
        name="provenance"
        label={t("provenance")}
        required
        errors={errors}
        defaultValue={v("provenance")}
        rows={2}
      />
      <SelectField
        name="sourceDocumentId"
        label={t("sourceDocument")}
        emptyLabel={t("noDocument")}
        options={documents.map((d) => ({ value: d.id, label: d.title }))}
        errors={errors}
        defaultValue={v("sourceDocumentId")}
      />
      <TextField
        name="sourceLocation"
        label={t("location")}
        errors={errors}
        defaultValue={v("sourceLocation")}
        maxLength={300}
      />
      <TextField name="sourceUrl" label={t("sourceUrl")} type="url" errors={errors} defaultValue={v("sourceUrl")} />
      <SubmitButton>{t("submit")}</SubmitButton>
      <FormStatus state={state} />
      {state.status === "ok" && state.data?.id && (
        <p className="mt-2">
          <Link href={`/recommendations/${state.data.id}`}>{t("open")}</Link>
        </p>
      )}
    </form>
  );
}
