// GET form: every filter lives in the URL, so a filtered view can be shared or cited.
// The moment shown (`keep`: "on", "asOf") is carried over unchanged.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { statusLabel } from "@/lib/i18n/status";
import { ASSESSMENT_ORDER, STATE_RESPONSE_ORDER } from "@/lib/vocab";
import { orderSections, type SectionLike } from "./recommendation-grouping";

export interface FilterValues {
  section?: string;
  status?: string;
  independent?: string;
  priority?: string;
}

const selectClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900";
const labelClass = "block text-sm font-medium text-slate-800";

/** `clear` is the page without filters (at the same moment). */
export function FilterForm({
  action,
  sections,
  values,
  keep = [],
  clear = action,
}: {
  action: string;
  sections: SectionLike[];
  values: FilterValues;
  keep?: [string, string][];
  clear?: string;
}) {
  const t = useTranslations("filters");
  const status = useTranslations("status");
  const sectionOptions = orderSections(sections).map(({ section, parent }) => ({
    value: section.key,
    label: parent ? `${parent.title} › ${section.title}` : section.title,
  }));
  return (
    <form
      method="get"
      action={action}
      className="no-print rounded-lg border border-slate-200 bg-slate-50 p-4"
      aria-label={t("label")}
    >
      {keep.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {sectionOptions.length > 0 && (
          <div>
            <label htmlFor="filter-section" className={labelClass}>
              {t("section")}
            </label>
            <select id="filter-section" name="section" defaultValue={values.section ?? ""} className={selectClass}>
              <option value="">{t("allSections")}</option>
              {sectionOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor="filter-status" className={labelClass}>
            {t("status")}
          </label>
          <select id="filter-status" name="status" defaultValue={values.status ?? ""} className={selectClass}>
            <option value="">{t("allResponses")}</option>
            {STATE_RESPONSE_ORDER.map((s) => (
              <option key={s} value={s}>
                {statusLabel(status, s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-independent" className={labelClass}>
            {t("independent")}
          </label>
          <select
            id="filter-independent"
            name="independent"
            defaultValue={values.independent ?? ""}
            className={selectClass}
          >
            <option value="">{t("allAssessments")}</option>
            {ASSESSMENT_ORDER.map((s) => (
              <option key={s} value={s}>
                {statusLabel(status, s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-priority" className={labelClass}>
            {t("priority")}
          </label>
          <select id="filter-priority" name="priority" defaultValue={values.priority ?? ""} className={selectClass}>
            <option value="">{t("all")}</option>
            <option value="PRIORITY">{t("priorityPriority")}</option>
            <option value="OTHER">{t("priorityOther")}</option>
          </select>
        </div>
      </div>
      <div className="mt-4 flex items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-slate-800 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700"
        >
          {t("apply")}
        </button>
        <Link href={clear} className="text-sm">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
