// The language of a report: every heading, label, column name, status name, date and number of the PDF, DOCX,
// XLSX, CSV and JSON, from the catalogues' "reportExport" and "status" namespaces. Exports run outside React, so
// the words come from next-intl's createTranslator; dates and numbers from lib/i18n/format.ts. Pure (no
// database): one bundle per language, made once. English is the default, and its words are the ones the reports
// printed before they took a language (messages/en.json holds them; export tests compare).
import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { CATALOGUES } from "@/lib/i18n/translator";
import { formatDate, formatDateTime, formatMonth, formatPercent } from "@/lib/i18n/format";
import { statusLabel } from "@/lib/i18n/status";
import type { ContentLanguage } from "@/lib/translations/languages";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";

const MESSAGES: Record<Locale, AbstractIntlMessages> = CATALOGUES;

type Values = Record<string, string | number>;
export type Words = (key: string, values?: Values) => string;

export interface ReportWords {
  locale: Locale;
  /** The language of the report as the stored texts name languages (EN, RU, KK). */
  content: ContentLanguage;
  /** A message of the "reportExport" namespace. */
  t: Words;
  /** A status name of either vocabulary ("status" namespace, through lib/i18n/status.ts). */
  status: (code: StateResponseStatus | AssessmentStatus) => string;
  /** A calendar day, from a Date or "2011-04-03": "3 April 2011" / "3 апреля 2011 г." / "2011 ж. 3 сәуір". */
  day: (d: Date | string) => string;
  month: (d: Date) => string;
  /** A moment in UTC: "2026-11-22 17:23 UTC" in English (as before), the language's own form otherwise. */
  timestamp: (d: Date) => string;
  percent: (share: number) => string;
  /** A language's name as the report's sentences use it ("English" / "английский" / "ағылшын"). */
  languageName: (l: ContentLanguage) => string;
}

const asDate = (d: Date | string) => (typeof d === "string" ? new Date(`${d.slice(0, 10)}T00:00:00.000Z`) : d);

function make(locale: Locale): ReportWords {
  const messages = MESSAGES[locale];
  const t = createTranslator({ locale, messages, namespace: "reportExport" }) as unknown as Words;
  const s = createTranslator({ locale, messages, namespace: "status" }) as unknown as (key: string) => string;
  return {
    locale,
    content: locale.toUpperCase() as ContentLanguage,
    t,
    status: (code) => statusLabel(s, code),
    day: (d) => formatDate(asDate(d), locale),
    month: (d) => formatMonth(d, locale),
    timestamp: (d) =>
      t("moment.timestamp", {
        time: locale === "en" ? d.toISOString().slice(0, 16).replace("T", " ") : formatDateTime(d, locale),
      }),
    percent: (share) => formatPercent(share, locale),
    languageName: (l) => t(`languageName.${l}`),
  };
}

const made = new Map<Locale, ReportWords>();

/** The words of a report in `locale` (English when none is given). */
export function reportWords(locale: Locale = DEFAULT_LOCALE): ReportWords {
  let w = made.get(locale);
  if (!w) {
    w = make(locale);
    made.set(locale, w);
  }
  return w;
}

/** The English words: the default of every text helper, so callers that name no language keep English. */
export const ENGLISH = reportWords("en");
