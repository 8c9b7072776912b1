// GET form of the audit history: every filter lives in the URL, so a filtered
// history can be shared, cited and exported as it is.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { AuditFilterOptions } from "@/lib/audit/queries";
import type { AuditFilter } from "@/lib/audit/schema";
import { ACTIONS, ENTITY_TYPES } from "@/lib/audit/catalogue";
import { auditWords } from "@/lib/audit/words";
import type { Locale } from "@/lib/i18n/locales";
import { actionLabel, entityTypeLabel, SECURITY_ACTIONS, SECURITY_ENTITY_TYPES } from "./format";

const controlClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900";
const labelClass = "block text-sm font-medium text-slate-800";

export function AuditFilterForm({
  filter,
  options,
  includeSecurity,
}: {
  filter: AuditFilter;
  options: AuditFilterOptions;
  includeSecurity: boolean;
}) {
  const t = useTranslations("auditPage");
  const locale = useLocale() as Locale;
  const words = auditWords(locale);
  const entityTypes = ENTITY_TYPES.filter((type) => includeSecurity || !SECURITY_ENTITY_TYPES.includes(type))
    .map((type) => ({ value: type, label: entityTypeLabel(type, words) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const actions = ACTIONS.filter((a) => includeSecurity || !SECURITY_ACTIONS.includes(a)).map((a) => ({
    value: a,
    label: actionLabel(a, words),
  }));
  return (
    <form
      method="get"
      action="/audit"
      className="no-print rounded-lg border border-slate-200 bg-slate-50 p-4"
      aria-label={t("form.label")}
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 md:grid-cols-3">
        <div>
          <label htmlFor="audit-actor" className={labelClass}>
            {t("filterNames.actor")}
          </label>
          <select id="audit-actor" name="actor" defaultValue={filter.actor ?? ""} className={controlClass}>
            <option value="">{t("form.everyone")}</option>
            {options.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-entity" className={labelClass}>
            {t("filterNames.entityType")}
          </label>
          <select id="audit-entity" name="entityType" defaultValue={filter.entityType ?? ""} className={controlClass}>
            <option value="">{t("form.allRecords")}</option>
            {entityTypes.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-action" className={labelClass}>
            {t("filterNames.action")}
          </label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className={controlClass}>
            <option value="">{t("form.allActions")}</option>
            {actions.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-country" className={labelClass}>
            {t("filterNames.country")}
          </label>
          <select id="audit-country" name="country" defaultValue={filter.country ?? ""} className={controlClass}>
            <option value="">{t("form.allCountries")}</option>
            {options.countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-year" className={labelClass}>
            {t("filterNames.year")}
          </label>
          <input
            id="audit-year"
            name="year"
            type="number"
            inputMode="numeric"
            min={1990}
            max={2100}
            defaultValue={filter.year ?? ""}
            className={controlClass}
          />
        </div>
        {options.cycle && (
          // A link asked for one cycle: kept while ticked.
          <div className="flex items-end gap-2 pb-1.5">
            <input
              id="audit-cycle"
              name="cycle"
              type="checkbox"
              value={options.cycle.slug}
              defaultChecked
              className="h-4 w-4"
            />
            <label htmlFor="audit-cycle" className="text-sm text-slate-800">
              {t("form.onlyCycle", { country: options.cycle.country, cycle: options.cycle.label })}
            </label>
          </div>
        )}
        <div>
          <label htmlFor="audit-from" className={labelClass}>
            {t("filterNames.from")}
          </label>
          <input
            id="audit-from"
            name="from"
            type="date"
            defaultValue={filter.from ?? ""}
            aria-describedby="audit-dates-hint"
            className={controlClass}
          />
        </div>
        <div>
          <label htmlFor="audit-to" className={labelClass}>
            {t("filterNames.to")}
          </label>
          <input
            id="audit-to"
            name="to"
            type="date"
            defaultValue={filter.to ?? ""}
            aria-describedby="audit-dates-hint"
            className={controlClass}
          />
        </div>
      </div>
      <p id="audit-dates-hint" className="mt-2 text-sm text-slate-700">
        {t("form.datesHint")}
      </p>
      <div className="mt-4 flex items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-slate-800 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700"
        >
          {t("form.apply")}
        </button>
        <Link href="/audit" className="text-sm">
          {t("form.clear")}
        </Link>
      </div>
    </form>
  );
}
