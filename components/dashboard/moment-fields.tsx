// The two clocks as form fields, labelled the same on every page: "Status on"
// (a day in the world) and "As recorded on" (a day of the tracker). Part of a
// GET form, so the moment ends up in the URL and a view can be cited.
import Link from "next/link";
import { useTranslations } from "next-intl";

const control = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900";
const label = "block text-sm font-semibold text-slate-900";

export interface MomentValues {
  on?: string | null;
  asOf?: string | null;
}

/** Two fields (for a grid cell each). `idPrefix` keeps ids unique when a page has two forms. */
export function MomentFields({
  values,
  today,
  idPrefix = "opt",
}: {
  values: MomentValues;
  today: string;
  idPrefix?: string;
}) {
  const t = useTranslations("dashboard");
  const on = `${idPrefix}-on`;
  const asOf = `${idPrefix}-asOf`;
  return (
    <>
      <div>
        <label htmlFor={on} className={label}>
          {t("option.on")}
        </label>
        <input
          id={on}
          type="date"
          name="on"
          min="1990-01-01"
          max={today}
          defaultValue={values.on ?? ""}
          aria-describedby={`${on}-hint`}
          className={control}
        />
        <p id={`${on}-hint`} className="mt-1 text-xs text-slate-700">
          {t("momentForm.onHint")}
        </p>
      </div>
      <div>
        <label htmlFor={asOf} className={label}>
          {t("option.asOf")}
        </label>
        <input
          id={asOf}
          type="date"
          name="asOf"
          min="1990-01-01"
          max={today}
          defaultValue={values.asOf ?? ""}
          aria-describedby={`${asOf}-hint`}
          className={control}
        />
        <p id={`${asOf}-hint`} className="mt-1 text-xs text-slate-700">
          {t("momentForm.asOfHint")}
        </p>
      </div>
    </>
  );
}

/**
 * A small form with only the two clocks (the cycle list, the cycle page).
 * `keep`: the query's other parts (a cycle page's filters), carried over; `reset`: the page at the latest status, now.
 */
export function MomentForm({
  action,
  values,
  today,
  keep = [],
  reset = action,
}: {
  action: string;
  values: MomentValues;
  today: string;
  keep?: [string, string][];
  reset?: string;
}) {
  const t = useTranslations("dashboard");
  return (
    <form
      method="get"
      action={action}
      aria-label={t("momentForm.label")}
      className="no-print mt-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      {keep.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <MomentFields values={values} today={today} idPrefix="moment" />
      </div>
      <div className="mt-4 flex items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-sky-800 px-4 py-1.5 text-sm font-semibold text-white hover:bg-sky-900"
        >
          {t("options.show")}
        </button>
        <Link href={reset} className="text-sm">
          {t("momentForm.reset")}
        </Link>
      </div>
    </form>
  );
}
