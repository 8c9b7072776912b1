// A moment to the minute, in UTC, in the reader's language ("4 March 2026, 05:06 UTC"): when a link or token
// was created, expires or was last used. The same words as the audit history's times (lib/audit/readable-changes.ts).
import { auditWords } from "@/lib/audit/words";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

const pad = (n: number) => String(n).padStart(2, "0");

export function momentUtc(d: Date, locale: Locale): string {
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return auditWords(locale).t("auditEvents.moment", { day: formatDate(d, locale), time });
}
