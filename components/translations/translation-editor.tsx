"use client";
// Editors' forms for the translations of one text: add one, correct or remove each. The stored text stays the
// authoritative original; an official translation must name its source (the action checks it too). Field
// names are prefixed (several forms on the page: `scope` tells them apart); typed values survive a refused save.
// Also the form for the language of the original itself (original-language-form.tsx).
import { useLocale, useTranslations } from "next-intl";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { Disclosure } from "@/components/recommendation/disclosure";
import { useScopedForm, type FormAction } from "@/components/recommendation/use-scoped-form";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { setOriginalLanguageAction } from "@/lib/translations/actions";
import { OriginalLanguageForm } from "./original-language-form";

type Language = "EN" | "RU" | "KK";
type Kind = "OFFICIAL" | "WORKING";
type Words = ReturnType<typeof useTranslations<"translations">>;
const MAX_TEXT = 20_000;

export interface EditableTranslation {
  id: string;
  language: Language;
  kind: Kind;
  text: string;
  translator: string;
  sourceDocumentId: string | null;
  sourceCitation: string | null;
  version: number;
}

interface Props {
  subject: "RECOMMENDATION_TEXT" | "RESPONSE_TEXT" | "DOCUMENT_TITLE";
  subjectId: string;
  originalLanguage: Language;
  translations: EditableTranslation[];
  documents: { value: string; label: string; group?: string }[];
  /** Proposed as "Translated by" for a new working translation. */
  userName: string;
  actions: { add: FormAction; correct: FormAction; remove: FormAction; language?: FormAction };
  /** Tells this text's forms apart from another text's on the same page (e.g. a response's id). */
  scope?: string;
}

type Scoped = ReturnType<typeof useScopedForm>;

function ContentFields({
  f,
  stored,
  documents,
}: {
  f: Scoped;
  stored?: EditableTranslation;
  documents: Props["documents"];
}) {
  const t = useTranslations("translations.editor");
  const locale = useLocale() as Locale;
  const kinds = [
    { value: "WORKING", label: t("kindWorking") },
    { value: "OFFICIAL", label: t("kindOfficial") },
  ];
  return (
    <>
      <SelectField
        name={f.name("kind")}
        label={t("kind")}
        required
        options={kinds}
        defaultValue={f.value("kind", stored?.kind ?? "WORKING")}
        errors={f.errors}
      />
      <TextField
        name={f.name("translator")}
        label={t("translator")}
        required
        hint={t("translatorHint")}
        maxLength={200}
        defaultValue={f.value("translator", stored?.translator)}
        errors={f.errors}
      />
      <TextArea
        name={f.name("text")}
        label={t("text")}
        required
        rows={5}
        maxLength={MAX_TEXT}
        hint={t("textHint", { max: formatNumber(MAX_TEXT, locale) })}
        defaultValue={f.value("text", stored?.text)}
        errors={f.errors}
      />
      <SelectField
        name={f.name("sourceDocumentId")}
        label={t("sourceDocument")}
        hint={t("sourceDocumentHint")}
        emptyLabel={t("none")}
        options={documents}
        defaultValue={f.value("sourceDocumentId", stored?.sourceDocumentId ?? "")}
        errors={f.errors}
      />
      <TextField
        name={f.name("sourceCitation")}
        label={t("citation")}
        hint={t("citationHint")}
        maxLength={500}
        defaultValue={f.value("sourceCitation", stored?.sourceCitation)}
        errors={f.errors}
      />
    </>
  );
}

const FIELDS = ["language", "kind", "translator", "text", "sourceDocumentId", "sourceCitation"] as const;

function AddForm({ p, t }: { p: Props; t: Words }) {
  const f = useScopedForm(p.actions.add, `tr-${p.scope ?? ""}add-`, FIELDS);
  const taken = new Set<Language>([p.originalLanguage, ...p.translations.map((x) => x.language)]);
  const open = (["EN", "RU", "KK"] as Language[]).filter((l) => !taken.has(l));
  if (open.length === 0) return null;
  const title = t(`editor.add.${p.subject}`);
  return (
    <Disclosure summary={title}>
      <form key={f.key} action={f.formAction} aria-label={title} noValidate>
        <input type="hidden" name="subject" value={p.subject} />
        <input type="hidden" name="subjectId" value={p.subjectId} />
        <SelectField
          name={f.name("language")}
          label={t("editor.language")}
          required
          options={open.map((l) => ({ value: l, label: t(`name.${l}`) }))}
          defaultValue={f.value("language", open[0])}
          errors={f.errors}
        />
        <ContentFields
          f={{ ...f, value: (k, s) => f.value(k, k === "translator" ? (s ?? p.userName) : s) }}
          documents={p.documents}
        />
        <SubmitButton>{t("editor.submitAdd")}</SubmitButton>
        <FormStatus state={f.status} />
      </form>
    </Disclosure>
  );
}

function CorrectForm({ tr, p, t }: { tr: EditableTranslation; p: Props; t: Words }) {
  const f = useScopedForm(p.actions.correct, {
    prefix: `tr-${tr.id}-`,
    visible: [...FIELDS, "reason"],
    version: tr.version,
  });
  const title = t("editor.correct", { language: t(`into.${tr.language}`) });
  return (
    <Disclosure summary={title} compact>
      <form key={f.key} action={f.formAction} onChange={f.onChange} aria-label={title} noValidate>
        <input type="hidden" name="id" value={tr.id} />
        <input type="hidden" name="version" value={f.version} />
        <ContentFields f={f} stored={tr} documents={p.documents} />
        <TextArea
          name={f.name("reason")}
          label={t("editor.correctReason")}
          rows={2}
          hint={t("editor.correctReasonHint")}
          defaultValue={f.value("reason", "")}
          errors={f.errors}
        />
        <SubmitButton>{t("editor.submitCorrect")}</SubmitButton>
        <FormStatus state={f.status} onUseTheirs={f.useTheirs} />
      </form>
    </Disclosure>
  );
}

function RemoveForm({ tr, f, t }: { tr: EditableTranslation; f: Scoped; t: Words }) {
  // One removal outcome for the list: the status stays when the removed translation's form disappears.
  const mine = f.value("id", null) === tr.id;
  const title = t("editor.remove", { language: t(`into.${tr.language}`) });
  return (
    <Disclosure summary={title} tone="danger" compact>
      <form key={mine ? f.key : "idle"} action={f.formAction} aria-label={title} noValidate>
        <input type="hidden" name="id" value={tr.id} />
        <TextArea
          name={f.name("reason")}
          label={t("editor.removeReason")}
          required
          rows={2}
          hint={t("editor.removeReasonHint")}
          defaultValue={mine ? f.value("reason", "") : ""}
          errors={mine ? f.errors : {}}
        />
        <SubmitButton tone="danger">{t("editor.submitRemove")}</SubmitButton>
      </form>
    </Disclosure>
  );
}

export function TranslationEditor(p: Props) {
  const t = useTranslations("translations");
  const scope = p.scope ?? "";
  const remove = useScopedForm(p.actions.remove, `tr-${scope}rm-`, ["reason"]);
  const heading = `translations-heading${scope ? `-${scope}` : ""}`;
  return (
    <section aria-labelledby={heading} className="no-print mt-4">
      <h2 id={heading} className="sr-only">
        {t(`editor.heading.${p.subject}`)}
      </h2>
      {p.translations.length > 0 && (
        <ul className="mt-3 space-y-2">
          {p.translations.map((tr) => (
            <li key={tr.id} className="flex flex-wrap gap-2">
              <CorrectForm tr={tr} p={p} t={t} />
              <RemoveForm tr={tr} f={remove} t={t} />
            </li>
          ))}
        </ul>
      )}
      <FormStatus state={remove.status} />
      <AddForm p={p} t={t} />
      <OriginalLanguageForm
        subject={p.subject}
        subjectId={p.subjectId}
        language={p.originalLanguage}
        taken={p.translations.map((tr) => tr.language)}
        scope={scope}
        action={p.actions.language ?? setOriginalLanguageAction}
      />
    </section>
  );
}
