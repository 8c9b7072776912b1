// The dashboards' words in async server components and generateMetadata (words.ts says what they are).
import { asLocale } from "@/lib/i18n/locales";
import { getLocale, getTranslations } from "next-intl/server";
import type { StatusWords } from "@/lib/i18n/status";
import { type Translate, type Words } from "./words";

export async function getWords(): Promise<Words> {
  const [t, s, l] = await Promise.all([getTranslations("dashboard"), getTranslations("status"), getLocale()]);
  return { t: t as unknown as Translate, s: s as unknown as StatusWords, locale: asLocale(l) };
}
