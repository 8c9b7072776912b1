// "My views" on a filtered page: the person's views of this page (links rebuilt from validated filters), each
// with rename and delete, then "Save this view" for the filters shown now. Only the owner's views are listed.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SavedViewLink } from "@/lib/saved-views/queries";
import type { SavedViewPage } from "@/lib/saved-views/pages";
import { SaveViewForm } from "./save-view-form";
import { ViewActions } from "./view-actions";

export function SavedViewList({ views, showPage }: { views: SavedViewLink[]; showPage?: boolean }) {
  const t = useTranslations("savedViews");
  return (
    <ul className="mt-2 space-y-1" aria-label={t("myViews")}>
      {views.map((v) => (
        <li key={v.id}>
          <Link href={v.href}>{v.name}</Link>
          {showPage && <span className="text-sm text-slate-600"> · {t(`page.${v.kind}`)}</span>}
          <ViewActions view={v} />
        </li>
      ))}
    </ul>
  );
}

export function SavedViewsPanel(p: {
  page: SavedViewPage;
  query: string;
  slug?: string;
  themeId?: string;
  views: SavedViewLink[];
}) {
  const t = useTranslations("savedViews");
  return (
    <section aria-labelledby="my-views-heading" className="no-print mt-6 rounded-lg border border-slate-200 p-4">
      <h2 id="my-views-heading" className="text-base font-semibold">
        {t("myViews")}
      </h2>
      {p.views.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">{t("empty")}</p>
      ) : (
        <SavedViewList views={p.views} />
      )}
      <SaveViewForm page={p.page} query={p.query} slug={p.slug} themeId={p.themeId} />
    </section>
  );
}
