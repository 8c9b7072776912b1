// Which language the reader is reading the text in, and the other languages it can be read in (links with
// ?text=…, so a shared link opens the same text). A translation is always named as one, and a working one is
// always "not official". Props in (lib/translations/reading.ts), words from the "translations" namespace.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { missingNote, noteOf, optionLabel, type Reading } from "@/lib/translations/reading";

export type { ReadingOption } from "@/lib/translations/reading";

/** `options` may be empty: the box then only says what the text is (e.g. each translation of a response). */
export function ReadingLanguage({ language, kind, translator, source, missing, options }: Reading) {
  const t = useTranslations("translations");
  const tone =
    kind === "WORKING"
      ? "border-amber-700 bg-amber-50 text-amber-950"
      : kind === "OFFICIAL"
        ? "border-sky-800 bg-sky-50 text-sky-950"
        : "border-slate-300 bg-white text-slate-800";
  return (
    <section aria-label={t("reading.region")} className={`mt-3 rounded-md border px-3 py-2 text-sm ${tone}`}>
      <p data-testid="reading-note">
        <span className="font-semibold">{noteOf(t, { language, kind, translator })}</span>
        {kind !== "ORIGINAL" && <span>. {t("reading.authoritative")}</span>}
      </p>
      {source && (
        <p className="mt-1">
          {t("reading.source")}{" "}
          {source.documentTitle &&
            (source.documentHref ? (
              <Link href={source.documentHref}>{source.documentTitle}</Link>
            ) : (
              source.documentTitle
            ))}
          {source.documentTitle && source.citation && ", "}
          {source.citation}
        </p>
      )}
      {missing && (
        <p role="status" className="mt-1">
          {missingNote(t, missing)}
        </p>
      )}
      {options.length > 1 && (
        <nav aria-label={t("reading.nav")} className="no-print mt-1">
          <span>{t("reading.readIn")} </span>
          <ul className="inline">
            {options.map((o, i) => (
              <li key={o.code} className="inline">
                {i > 0 && <span aria-hidden="true"> · </span>}
                {o.current ? (
                  <span aria-current="page" className="font-semibold">
                    {optionLabel(t, o)}
                  </span>
                ) : (
                  <Link href={o.href} hrefLang={o.code}>
                    {optionLabel(t, o)}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}
