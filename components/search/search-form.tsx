// The search page's form: the query and every filter live in the URL (GET).
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SearchFilterOptions } from "@/lib/search/queries";
import type { SearchFilter } from "@/lib/search/schema";
import { statusLabel } from "@/lib/i18n/status";
import { ASSESSMENT_ORDER, STATE_RESPONSE_ORDER } from "@/lib/vocab";

const selectClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900";
const labelClass = "block text-sm font-medium text-slate-800";

function Select({
  name,
  label,
  value,
  all,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  all: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={`search-${name}`} className={labelClass}>
        {label}
      </label>
      <select id={`search-${name}`} name={name} defaultValue={value ?? ""} className={selectClass}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SearchForm({ q, filter, options }: { q: string; filter: SearchFilter; options: SearchFilterOptions }) {
  const t = useTranslations("search.form");
  const status = useTranslations("status");
  return (
    <form method="get" action="/search" className="no-print mt-4 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <label htmlFor="search-q" className={labelClass}>
        {t("words")}
      </label>
      <p id="search-q-help" className="text-xs text-slate-700">
        {t.rich("help", { code: (c) => <code>{c}</code> })}
      </p>
      <input
        id="search-q"
        type="search"
        name="q"
        defaultValue={q}
        maxLength={200}
        aria-describedby="search-q-help"
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-slate-900"
      />
      <div className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Select
          name="country"
          label={t("country")}
          value={filter.country}
          all={t("allCountries")}
          options={options.countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <Select
          name="cycle"
          label={t("cycle")}
          value={filter.cycle}
          all={t("allCycles")}
          options={options.cycles.map((c) => ({ value: c.slug, label: `${c.country.name}, ${c.year} · ${c.title}` }))}
        />
        {options.sections.length > 0 && (
          <Select
            name="section"
            label={t("section")}
            value={filter.section}
            all={t("allSections")}
            options={options.sections.map((s) => ({ value: s.key, label: s.title }))}
          />
        )}
        <Select
          name="status"
          label={t("status")}
          value={filter.status}
          all={t("allResponses")}
          options={STATE_RESPONSE_ORDER.map((s) => ({ value: s, label: statusLabel(status, s) }))}
        />
        <Select
          name="independent"
          label={t("independent")}
          value={filter.independent}
          all={t("allAssessments")}
          options={ASSESSMENT_ORDER.map((s) => ({ value: s, label: statusLabel(status, s) }))}
        />
        <Select
          name="institution"
          label={t("institution")}
          value={filter.institution}
          all={t("allInstitutions")}
          options={options.institutions.map((i) => ({ value: i.id, label: i.name }))}
        />
        <Select
          name="theme"
          label={t("theme")}
          value={filter.theme}
          all={t("allThemes")}
          options={options.themes.map((th) => ({ value: th.id, label: th.name }))}
        />
      </div>
      <div className="mt-4 flex items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-slate-800 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700"
        >
          {t("submit")}
        </button>
        <Link href={q ? `/search?q=${encodeURIComponent(q)}` : "/search"} className="text-sm">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
