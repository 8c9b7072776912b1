"use client";
// Editors' form for the language of a stored original (a recommendation's or response's text, a document's
// title): texts were labelled English by default, and a response typed in Russian must say so. Audited as a
// change of that record; a language a translation is in cannot be chosen (the action refuses it too).
import { useTranslations } from "next-intl";
import { SelectField, TextArea } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { Disclosure } from "@/components/recommendation/disclosure";
import { useScopedForm, type FormAction } from "@/components/recommendation/use-scoped-form";

type Language = "EN" | "RU" | "KK";

interface Props {
  subject: "RECOMMENDATION_TEXT" | "RESPONSE_TEXT" | "DOCUMENT_TITLE";
  subjectId: string;
  language: Language;
  /** Languages its translations are in. */
  taken: Language[];
  scope: string;
  action: FormAction;
}

export function OriginalLanguageForm({ subject, subjectId, language, taken, scope, action }: Props) {
  const t = useTranslations("translations");
  const f = useScopedForm(action, `tr-${scope}lang-`, ["language", "reason"]);
  const others = (["EN", "RU", "KK"] as Language[]).filter((l) => l !== language && !taken.includes(l));
  if (others.length === 0) return null;
  const title = t("editor.originalSummary", { language: t(`name.${language}`) });
  return (
    <Disclosure summary={title} compact>
      <form key={f.key} action={f.formAction} aria-label={t("editor.originalLabel")} noValidate>
        <input type="hidden" name="subject" value={subject} />
        <input type="hidden" name="subjectId" value={subjectId} />
        <SelectField
          name={f.name("language")}
          label={t("editor.originalLabel")}
          required
          hint={t("editor.originalHint")}
          options={others.map((l) => ({ value: l, label: t(`name.${l}`) }))}
          defaultValue={f.value("language", others[0])}
          errors={f.errors}
        />
        <TextArea
          name={f.name("reason")}
          label={t("editor.originalReason")}
          rows={2}
          hint={t("editor.originalReasonHint")}
          defaultValue={f.value("reason", "")}
          errors={f.errors}
        />
        <SubmitButton>{t("editor.submitOriginal")}</SubmitButton>
        <FormStatus state={f.status} />
      </form>
    </Disclosure>
  );
}
