import type { Metadata } from "next";
import Link from "next/link";
import { requireEditor } from "@/lib/auth/session";
import { deadlines } from "@/lib/owners/queries";
import { DeadlineViewSchema } from "@/lib/owners/schema";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DeadlineList } from "@/components/deadlines/deadline-list";
import { SavedViewsPanel } from "@/components/saved-views/saved-views-panel";
import { myViews } from "@/lib/saved-views/queries";
import { WidePage } from "@/components/page-width";

export const metadata: Metadata = { title: "Deadlines" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Coordinators chase deadlines here (editors and admins: follow-up entries may be internal notes);
// owners and contributors see theirs in "My work".
export default async function DeadlinesPage({ searchParams }: Props) {
  const raw = await searchParams;
  const { view, days } = DeadlineViewSchema.parse({ view: raw.view, days: raw.days });
  const user = await requireEditor(`/deadlines?view=${view}`);
  const [items, views] = await Promise.all([deadlines(view, { days }), myViews(user.id, "DEADLINES")]);
  const tab = (v: "overdue" | "upcoming", label: string) => (
    <Link href={`/deadlines?view=${v}`} aria-current={view === v ? "page" : undefined} className="font-semibold">
      {label}
    </Link>
  );
  return (
    <WidePage>
      <Breadcrumbs items={[{ label: "Cycles", href: "/" }, { label: "Deadlines" }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">
        {view === "overdue" ? "Overdue recommendations" : `Target dates in the next ${days} days`}
      </h1>
      <nav aria-label="Deadline views" className="mt-3 flex gap-4">
        {tab("overdue", "Overdue")}
        {tab("upcoming", "Upcoming")}
      </nav>
      <p className="mt-3 max-w-prose text-slate-700">
        A recommendation&apos;s target date is the one set by its latest follow-up entry that has one. Those the
        independent assessment finds fully implemented are left out.
      </p>
      {view === "upcoming" && (
        <form method="get" className="mt-3 flex items-end gap-2">
          <input type="hidden" name="view" value="upcoming" />
          <label className="text-sm font-semibold text-slate-900">
            Within (days)
            <input
              name="days"
              type="number"
              min={1}
              max={365}
              defaultValue={days}
              className="ml-2 w-20 rounded border border-slate-400 px-2 py-1"
            />
          </label>
          <button type="submit" className="rounded border border-sky-800 px-3 py-1 text-sm font-semibold text-sky-800">
            Show
          </button>
        </form>
      )}
      <SavedViewsPanel
        page="DEADLINES"
        query={view === "upcoming" ? `view=upcoming&days=${days}` : "view=overdue"}
        views={views}
      />
      <DeadlineList
        items={items}
        empty={view === "overdue" ? "No recommendation is overdue." : "No target date falls in this period."}
      />
    </WidePage>
  );
}
