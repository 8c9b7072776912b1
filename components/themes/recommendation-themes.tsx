// A recommendation's themes, each a link to its dashboard across cycles; editors change them here.
// Themes are as they are now (they have no "as recorded on" history of their own on this page).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ThemePicker } from "./theme-picker";

export function RecommendationThemes(p: {
  recommendationId: string;
  themes: { id: string; name: string }[];
  edit: { all: { id: string; name: string; active: boolean }[] } | null;
}) {
  const t = useTranslations("themes");
  return (
    <section aria-labelledby="themes-heading" className="mt-10">
      <h2 id="themes-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {p.themes.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("ofRecommendation")}>
          {p.themes.map((th) => (
            <li key={th.id} className="rounded-full border border-slate-300 px-3 py-0.5 text-sm">
              <Link href={`/dashboards/themes/${th.id}`}>{th.name}</Link>
            </li>
          ))}
        </ul>
      )}
      {p.edit && (
        <ThemePicker recommendationId={p.recommendationId} themes={p.edit.all} chosen={p.themes.map((th) => th.id)} />
      )}
    </section>
  );
}
