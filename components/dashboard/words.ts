// The words the dashboards' helpers need, in the reader's language: the "dashboard" and "status" namespaces and
// the locale for dates and numbers. `useWords` in components (server or client), `getWords` (words-server.ts) in async
// pages and generateMetadata; describe.ts takes them as an argument, so it stays pure and testable.
import { useLocale, useTranslations } from "next-intl";
import { type Locale, asLocale } from "@/lib/i18n/locales";
import type { StatusWords } from "@/lib/i18n/status";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface Words {
  /** The "dashboard" namespace. */
  t: Translate;
  /** The "status" namespace. */
  s: StatusWords;
  locale: Locale;
}

export function useWords(): Words {
  const t = useTranslations("dashboard");
  const s = useTranslations("status");
  return { t: t as unknown as Translate, s: s as unknown as StatusWords, locale: asLocale(useLocale()) };
}
