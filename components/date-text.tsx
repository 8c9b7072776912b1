// A calendar day for readers, in their language (lib/i18n/format.ts: one date format per language), with the
// machine-readable day in `dateTime`.
import { useLocale, useTranslations } from "next-intl";
import { formatDate as formatDay, isoDay } from "@/lib/i18n/format";
import { asLocale } from "@/lib/i18n/locales";

export { isoDay };

/** "3 April 2011" (English; pages use DateText, which follows the reader's language). */
export function formatDate(date: Date): string {
  return formatDay(date, "en");
}

export function DateText({ date, fallback }: { date: Date | null | undefined; fallback?: string }) {
  const locale = useLocale();
  const t = useTranslations("common");
  if (!date) return <span className="text-slate-600">{fallback ?? t("dateNotStated")}</span>;
  return <time dateTime={isoDay(date)}>{formatDay(date, asLocale(locale))}</time>;
}
