"use client";

// The language switcher of the site header, on every page: a menu named after the language being read, with one
// button per language posting to /locale, which sets the cookie (and the signed-in user's setting) and comes back
// here. `next` carries the page with its query string; a plain form, so it works before (or without) JavaScript
// too, then with the path only. A menu rather than three buttons in a row: the header stays on one line at 1280 px.
import { usePathname } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { LOCALE_NAME, LOCALES, isLocale } from "@/lib/i18n/locales";
import { HeaderMenu } from "./header-menu";

export function LanguageSwitcher() {
  const t = useTranslations("language");
  const current = useLocale();
  const path = usePathname() ?? "/";
  const reading = isLocale(current) ? LOCALE_NAME[current] : current;
  return (
    <div className="no-print text-sm">
      <HeaderMenu
        summary={
          <>
            <span className="sr-only">{t("label")}: </span>
            <span lang={current}>{reading}</span>
          </>
        }
      >
        <form
          method="post"
          action="/locale"
          className="flex flex-col items-start gap-1"
          aria-label={t("label")}
          onSubmit={(event) => {
            // The query string too (read at submit time, so the page need not re-render when it changes).
            const next = event.currentTarget.elements.namedItem("next");
            if (next instanceof HTMLInputElement) next.value = `${window.location.pathname}${window.location.search}`;
          }}
        >
          <input type="hidden" name="next" value={path} />
          {LOCALES.map((l) => (
            <button
              key={l}
              type="submit"
              name="locale"
              value={l}
              lang={l}
              aria-pressed={l === current}
              title={
                l === current ? t("current", { language: LOCALE_NAME[l] }) : t("switchTo", { language: LOCALE_NAME[l] })
              }
              className={`rounded-sm px-1.5 py-0.5 ${l === current ? "bg-slate-100 font-semibold text-slate-900" : "text-slate-700 underline hover:bg-slate-50"}`}
            >
              {LOCALE_NAME[l]}
            </button>
          ))}
        </form>
      </HeaderMenu>
    </div>
  );
}
