"use client";
// Editors' forms for the translations of one text: add one, correct or remove each. The stored text stays the
// authoritative original; an official translation must name its source (the action checks it too). Field
// names are prefixed (several forms on the page); typed values survive a refused save.
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { Disclosure } from "@/components/recommendation/disclosure";
import { useScopedForm, type FormAction } from "@/components/recommendation/use-scoped-form";

type Language = "EN" | "RU" | "KK";
type Kind = "OFFICIAL" | "WORKING";
const NAME: Record<Language, string> = { EN: "English", RU: "Russian", KK: "Kazakh" };
const KINDS = [
  { value: "WORKING", label: "Working translation (not official)" },
  { value: "OFFICIAL", label: "Official translation (published by an institution)" },
];
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
  actions: { add: FormAction; correct: FormAction; remove: FormAction };
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
  return (
    <>
      <SelectField
        name={f.name("kind")}
        label="Kind of translation"
        required
        options={KINDS}
        defaultValue={f.value("kind", stored?.kind ?? "WORKING")}
        errors={f.errors}
      />
      <TextField
        name={f.name("translator")}
        label="Translated by"
        required
        hint="The person or institution to credit."
        maxLength={200}
        defaultValue={f.value("translator", stored?.translator)}
        errors={f.errors}
      />
      <TextArea
        name={f.name("text")}
        label="Translation"
        required
        rows={5}
        maxLength={MAX_TEXT}
        hint={`At most ${MAX_TEXT.toLocaleString("en")} characters. Never paste machine translation as official.`}
        defaultValue={f.value("text", stored?.text)}
        errors={f.errors}
      />
      <SelectField
        name={f.name("sourceDocumentId")}
        label="Source document"
        hint="For an official translation: the document that publishes it (or cite the source below)."
        emptyLabel="None"
        options={documents}
        defaultValue={f.value("sourceDocumentId", stored?.sourceDocumentId ?? "")}
        errors={f.errors}
      />
      <TextField
        name={f.name("sourceCitation")}
        label="Source of the official translation"
        hint="Where it was published, e.g. a bulletin and page, or a web address."
        maxLength={500}
        defaultValue={f.value("sourceCitation", stored?.sourceCitation)}
        errors={f.errors}
      />
    </>
  );
}

const FIELDS = ["language", "kind", "translator", "text", "sourceDocumentId", "sourceCitation"] as const;

function AddForm(p: Props) {
  const f = useScopedForm(p.actions.add, "tr-add-", FIELDS);
  const taken = new Set<Language>([p.originalLanguage, ...p.translations.map((t) => t.language)]);
  const open = (["EN", "RU", "KK"] as Language[]).filter((l) => !taken.has(l));
  if (open.length === 0) return null;
  return (
    <Disclosure summary="Add a translation">
      <form key={f.key} action={f.formAction} aria-label="Add a translation" noValidate>
        <input type="hidden" name="subject" value={p.subject} />
        <input type="hidden" name="subjectId" value={p.subjectId} />
        <SelectField
          name={f.name("language")}
          label="Language"
          required
          options={open.map((l) => ({ value: l, label: NAME[l] }))}
          defaultValue={f.value("language", open[0])}
          errors={f.errors}
        />
        <ContentFields
          f={{ ...f, value: (k, s) => f.value(k, k === "translator" ? (s ?? p.userName) : s) }}
          documents={p.documents}
        />
        <SubmitButton>Add translation</SubmitButton>
        <FormStatus state={f.status} />
      </form>
    </Disclosure>
  );
}

function CorrectForm({ t, p }: { t: EditableTranslation; p: Props }) {
  const f = useScopedForm(p.actions.correct, {
    prefix: `tr-${t.id}-`,
    visible: [...FIELDS, "reason"],
    version: t.version,
  });
  return (
    <Disclosure summary={`Correct the ${NAME[t.language]} translation`} compact>
      <form
        key={f.key}
        action={f.formAction}
        onChange={f.onChange}
        aria-label={`Correct the ${NAME[t.language]} translation`}
        noValidate
      >
        <input type="hidden" name="id" value={t.id} />
        <input type="hidden" name="version" value={f.version} />
        <ContentFields f={f} stored={t} documents={p.documents} />
        <TextArea
          name={f.name("reason")}
          label="Reason for the change"
          rows={2}
          hint="Optional; kept in the history."
          defaultValue={f.value("reason", "")}
          errors={f.errors}
        />
        <SubmitButton>Save correction</SubmitButton>
        <FormStatus state={f.status} onUseTheirs={f.useTheirs} />
      </form>
    </Disclosure>
  );
}

function RemoveForm({ t, f }: { t: EditableTranslation; f: Scoped }) {
  // One removal outcome for the list: the status stays when the removed translation's form disappears.
  const mine = f.value("id", null) === t.id;
  return (
    <Disclosure summary={`Remove the ${NAME[t.language]} translation`} tone="danger" compact>
      <form
        key={mine ? f.key : "idle"}
        action={f.formAction}
        aria-label={`Remove the ${NAME[t.language]} translation`}
        noValidate
      >
        <input type="hidden" name="id" value={t.id} />
        <TextArea
          name={f.name("reason")}
          label="Reason"
          required
          rows={2}
          hint="Kept in the history."
          defaultValue={mine ? f.value("reason", "") : ""}
          errors={mine ? f.errors : {}}
        />
        <SubmitButton tone="danger">Remove translation</SubmitButton>
      </form>
    </Disclosure>
  );
}

export function TranslationEditor(p: Props) {
  const remove = useScopedForm(p.actions.remove, "tr-rm-", ["reason"]);
  return (
    <section aria-labelledby="translations-heading" className="no-print mt-4">
      <h2 id="translations-heading" className="sr-only">
        Translations of the text
      </h2>
      {p.translations.length > 0 && (
        <ul className="mt-3 space-y-2">
          {p.translations.map((t) => (
            <li key={t.id} className="flex flex-wrap gap-2">
              <CorrectForm t={t} p={p} />
              <RemoveForm t={t} f={remove} />
            </li>
          ))}
        </ul>
      )}
      <FormStatus state={remove.status} />
      <AddForm {...p} />
    </section>
  );
}
