"use client";
// Editors' form: link this recommendation to an earlier one, found with a
// search on the server (a GET form: label or words of the text, a few
// results at a time; never a list of every recommendation). Field names are
// prefixed (several forms on the page); typed values survive a refused save.
import { useTranslations } from "next-intl";
import { SelectField, TextArea } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { Disclosure } from "@/components/recommendation/disclosure";
import { useScopedForm, type FormAction } from "@/components/recommendation/use-scoped-form";
import { candidateLabel, LINK_KINDS } from "./labels";

export interface LinkCandidate {
  id: string;
  label: string;
  text: string;
  cycle: { year: number };
}

interface Search {
  query: string;
  results: LinkCandidate[] | null;
  /** The page to search from. */
  action: string;
}

function SearchForm({ search }: { search: Search }) {
  const t = useTranslations("links.form");
  return (
    <form
      method="get"
      action={`${search.action}#rec-links`}
      role="search"
      aria-label={t("find")}
      className="mt-3 flex flex-wrap items-end gap-2"
    >
      <p className="flex min-w-64 flex-1 flex-col">
        <label htmlFor="link-search" className="text-sm font-semibold text-slate-900">
          {t("find")}
        </label>
        <span id="link-search-hint" className="text-sm text-slate-600">
          {t("findHint")}
        </span>
        <input
          id="link-search"
          type="search"
          name="linkSearch"
          defaultValue={search.query}
          maxLength={200}
          aria-describedby="link-search-hint"
          className="mt-1 rounded border border-slate-400 bg-white px-3 py-2 text-slate-900"
        />
      </p>
      <button
        type="submit"
        className="rounded border border-sky-800 px-3 py-2 text-sm font-semibold text-sky-800 hover:bg-sky-50"
      >
        {t("search")}
      </button>
    </form>
  );
}

export function LinkForm({
  recommendationId,
  search,
  action,
}: {
  recommendationId: string;
  search: Search;
  action: FormAction;
}) {
  const t = useTranslations("links.form");
  const tKind = useTranslations("links.kindOption");
  const f = useScopedForm(action, "link-", ["toId", "kind", "note"]);
  const results = search.results;
  return (
    <Disclosure summary={t("summary")} defaultOpen={search.query !== ""}>
      <SearchForm search={search} />
      {results !== null && results.length === 0 && (
        <p role="status" className="mt-3 text-sm text-slate-800">
          {t("noMatch", { query: search.query })}
        </p>
      )}
      {results !== null && results.length > 0 && (
        <form key={f.key} action={f.formAction} aria-label={t("summary")} noValidate>
          <input type="hidden" name="fromId" value={recommendationId} />
          <SelectField
            name={f.name("toId")}
            label={t("earlier", { count: results.length })}
            required
            emptyLabel={t("choose")}
            options={results.map((c) => ({ value: c.id, label: candidateLabel(c) }))}
            defaultValue={f.value("toId", "")}
            errors={f.errors}
          />
          <SelectField
            name={f.name("kind")}
            label={t("kind")}
            required
            options={LINK_KINDS.map((k) => ({ value: k, label: tKind(k) }))}
            defaultValue={f.value("kind", "REPEATS")}
            errors={f.errors}
          />
          <TextArea
            name={f.name("note")}
            label={t("note")}
            rows={2}
            hint={t("noteHint")}
            defaultValue={f.value("note", "")}
            errors={f.errors}
          />
          <SubmitButton>{t("submit")}</SubmitButton>
        </form>
      )}
      <FormStatus state={f.status} />
    </Disclosure>
  );
}
