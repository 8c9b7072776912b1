import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireEditor } from "@/lib/auth/session";
import { deadlines } from "@/lib/owners/queries";
import { DeadlineViewSchema } from "@/lib/owners/schema";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DeadlineList } from "@/components/deadlines/deadline-list";
import { SavedViewsPanel } from "@/components/saved-views/saved-views-panel";
import { myViews } from "@/lib/saved-views/queries";
import { WidePage } from "@/components/page-width";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("deadlines");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Coordinators chase deadlines here (editors and admins: follow-up entries may be internal notes);
// owners and contributors see theirs in "My work".
export default async function DeadlinesPage({ searchParams }: Props) {
  const raw = await searchParams;
  const { view, days } = DeadlineViewSchema.parse({ view: raw.view, days: raw.days });
  const user = await requireEditor(`/deadlines?view=${view}`);
  const [items, views, t] = await Promise.all([
    deadlines(view, { days }),
    myViews(user.id, "DEADLINES"),
    getTranslations("deadlines"),
  ]);
  const tab = (v: "overdue" | "upcoming", label: string) => (
    <Link href={`/deadlines?view=${v}`} aria-current={view === v ? "page" : undefined} className="font-semibold">
      {label}
    </Link>
  );
  return (
    <WidePage>
      <Breadcrumbs items={[{ label: t("cycles"), href: "/" }, { label: t("metaTitle") }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">
        {view === "overdue" ? t("titleOverdue") : t("titleUpcoming", { days })}
      </h1>
      <nav aria-label={t("views")} className="mt-3 flex gap-4">
        {tab("overdue", t("tabOverdue"))}
        {tab("upcoming", t("tabUpcoming"))}
      </nav>
      <p className="mt-3 max-w-prose text-slate-700">{t("intro")}</p>
      {view === "upcoming" && (
        <form method="get" className="mt-3 flex items-end gap-2">
          <input type="hidden" name="view" value="upcoming" />
          <label className="text-sm font-semibold text-slate-900">
            {t("within")}
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
            {t("show")}
          </button>
        </form>
      )}
      <SavedViewsPanel
        page="DEADLINES"
        query={view === "upcoming" ? `view=upcoming&days=${days}` : "view=overdue"}
        views={views}
      />
      <DeadlineList items={items} empty={view === "overdue" ? t("emptyOverdue") : t("emptyUpcoming")} />
    </WidePage>
  );
}
