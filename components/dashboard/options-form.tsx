// The dashboards' options as a GET form: everything ends up in the URL, so a
// view can be shared and cited. Hidden in print (the moment line says it all).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ASSESSOR_TYPE, type AssessorType } from "@/lib/vocab";
import { MomentFields } from "./moment-fields";
import type { DashboardOptions } from "./urls";

const ASSESSORS = Object.keys(ASSESSOR_TYPE) as AssessorType[];
const control = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900";
const label = "block text-sm font-semibold text-slate-900";

/** `keep`: the query's other parts (a drill-down list's filter), carried over unchanged; `reset` is the view without options. */
export function OptionsForm({
  action,
  options,
  today,
  staleSince = false,
  keep = [],
  reset = action,
}: {
  action: string;
  options: DashboardOptions;
  today: string;
  staleSince?: boolean;
  keep?: [string, string][];
  reset?: string;
}) {
  const t = useTranslations("dashboard");
  return (
    <form
      method="get"
      action={action}
      aria-label={t("options.label")}
      className="no-print mt-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      {keep.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className={`grid grid-cols-1 gap-4 sm:grid-cols-2 ${staleSince ? "lg:grid-cols-4" : "lg:grid-cols-3"}`}>
        <MomentFields values={options} today={today} />
        <div>
          <label htmlFor="opt-assessor" className={label}>
            {t("option.assessor")}
          </label>
          <select id="opt-assessor" name="assessor" defaultValue={options.assessor ?? ""} className={control}>
            <option value="">{t("options.allAssessors")}</option>
            {ASSESSORS.map((a) => (
              <option key={a} value={a}>
                {t(`assessor.${a}`)}
              </option>
            ))}
          </select>
        </div>
        {staleSince && (
          <div>
            <label htmlFor="opt-staleSince" className={label}>
              {t("option.staleSince")}
            </label>
            <input
              id="opt-staleSince"
              type="date"
              name="staleSince"
              min="1990-01-01"
              max={today}
              defaultValue={options.staleSince ?? ""}
              aria-describedby="opt-staleSince-hint"
              className={control}
            />
            <p id="opt-staleSince-hint" className="mt-1 text-xs text-slate-700">
              {t("options.staleSinceHint")}
            </p>
          </div>
        )}
      </div>
      <div className="mt-4 flex items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-sky-800 px-4 py-1.5 text-sm font-semibold text-white hover:bg-sky-900"
        >
          {t("options.show")}
        </button>
        <Link href={reset} className="text-sm">
          {t("options.reset")}
        </Link>
      </div>
    </form>
  );
}
