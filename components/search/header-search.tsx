// The search field of the site header, on every page: a plain GET form, so it
// works without JavaScript and its result is a URL (/search?q=…).
import { useTranslations } from "next-intl";

export function HeaderSearch() {
  const t = useTranslations("header");
  return (
    <form role="search" method="get" action="/search" className="no-print flex items-center gap-1.5">
      <label htmlFor="site-search" className="sr-only">
        {t("searchLabel")}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        maxLength={200}
        placeholder={t("searchPlaceholder")}
        className="w-40 rounded-md lg:w-24 2xl:w-40 border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900"
      />
      <button
        type="submit"
        className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-800 hover:bg-slate-50"
      >
        {t("searchButton")}
      </button>
    </form>
  );
}
