// The two clocks of the recommendation page: "Status on" (the world: the
// latest entries dated on or before a day) and "As recorded on" (the tracker:
// what it held at the end of a day). A small GET form, a banner saying what
// the view shows, and the notice for an ignored date.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Moment } from "@/lib/status/moment";
import { formatIsoDay, useReaderLocale } from "./dates";

export function MomentForm({ action, moment, max }: { action: string; moment: Moment; max: string }) {
  const input = "rounded border border-slate-400 bg-white px-2 py-1 text-slate-900";
  const t = useTranslations("recommendation");
  return (
    <form
      method="get"
      action={action}
      aria-label={t("pointInTime")}
      className="no-print mt-4 flex flex-wrap items-end gap-x-4 gap-y-2 text-sm"
    >
      <p className="flex flex-col">
        <label htmlFor="moment-on" className="font-medium text-slate-800">
          {t("statusOn")}
        </label>
        <input
          id="moment-on"
          type="date"
          name="on"
          min="1990-01-01"
          max={max}
          defaultValue={moment.on ?? ""}
          className={input}
        />
      </p>
      <p className="flex flex-col">
        <label htmlFor="moment-as-of" className="font-medium text-slate-800">
          {t("asRecordedOn")}
        </label>
        <input
          id="moment-as-of"
          type="date"
          name="asOf"
          min="1990-01-01"
          max={max}
          defaultValue={moment.asOf ?? ""}
          className={input}
        />
      </p>
      <button
        type="submit"
        className="rounded border border-sky-800 px-3 py-1 font-semibold text-sky-800 hover:bg-sky-50"
      >
        {t("show")}
      </button>
    </form>
  );
}

export function MomentBanner({ moment, currentHref, found }: { moment: Moment; currentHref: string; found: boolean }) {
  const t = useTranslations("recommendation");
  const tf = useTranslations("forms");
  const locale = useReaderLocale();
  if (!moment.on && !moment.asOf) return null;
  const on = moment.on ? formatIsoDay(moment.on, locale) : null;
  const asOf = moment.asOf ? formatIsoDay(moment.asOf, locale) : null;
  const banner =
    on && asOf ? t("bannerOnAsOf", { on, asOf }) : on ? t("bannerOn", { on }) : t("bannerAsOf", { asOf: asOf ?? "" });
  return (
    <div className="mt-4 rounded-md border-2 border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">
      {!found ? (
        <p className="font-semibold">{t("notRecordedYet", { asOf: asOf ?? "" })}</p>
      ) : (
        <>
          <p className="font-semibold">{banner}</p>
          {on && (
            <p className="mt-1 text-sm">
              {t("bannerRule")} {tf("uncertainDatesRule")}
            </p>
          )}
        </>
      )}
      <p className="mt-1 text-sm">
        {t("readOnly")}{" "}
        <Link href={currentHref} className="no-print font-semibold">
          {t("showCurrent")}
        </Link>
      </p>
    </div>
  );
}

export function MomentNotice({ invalid }: { invalid: string[] }) {
  const t = useTranslations("recommendation");
  if (invalid.length === 0) return null;
  const which = invalid.length > 1 ? "both" : invalid[0] === "on" ? "on" : "asOf";
  return (
    <p
      role="status"
      className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-inset ring-amber-700"
    >
      {t("ignored", { which })}
    </p>
  );
}
