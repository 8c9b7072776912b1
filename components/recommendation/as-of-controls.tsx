// Point in time: the small GET form ("Show as recorded on [date]"), the
// banner of a reconstructed view, and the notice for an invalid date.
import Link from "next/link";
import { formatIsoDay } from "./dates";

export function AsOfForm({ action, value, max }: { action: string; value?: string; max: string }) {
  return (
    <form method="get" action={action} aria-label="Point in time" className="no-print mt-4 flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor="as-of" className="font-medium text-slate-800">
        Show as recorded on
      </label>
      <input id="as-of" type="date" name="asOf" required min="1990-01-01" max={max} defaultValue={value} className="rounded border border-slate-400 bg-white px-2 py-1 text-slate-900" />
      <button type="submit" className="rounded border border-sky-800 px-3 py-1 font-semibold text-sky-800 hover:bg-sky-50">
        Show
      </button>
    </form>
  );
}

export function AsOfBanner({ day, currentHref, found }: { day: string; currentHref: string; found: boolean }) {
  const date = formatIsoDay(day);
  return (
    <div className="mt-4 rounded-md border-2 border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">
      <p className="font-semibold">
        {found ? `As recorded in the tracker at the end of ${date} — reconstructed from the audit history.` : `This recommendation had not been recorded in the tracker yet on ${date}.`}
      </p>
      <p className="mt-1 text-sm">
        This is a read-only view of the past. <Link href={currentHref} className="no-print font-semibold">Show current</Link>
      </p>
    </div>
  );
}

export function AsOfNotice({ message }: { message: string }) {
  return (
    <p role="status" className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-inset ring-amber-700">
      Could not show the recommendation at that date: {message} Showing the current record.
    </p>
  );
}
