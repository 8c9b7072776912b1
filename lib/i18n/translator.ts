// Words of the catalogues outside a request's React tree (exports, e-mails, lib/ text builders): next-intl's
// createTranslator with the catalogue of a language. In pages and components use useTranslations/getTranslations.
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import type { Locale } from "./locales";

export const CATALOGUES = { en, ru, kk } as const;

type Namespace = keyof typeof en;

/** The translator of one namespace in one language (the catalogues are checked complete by a test). */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: CATALOGUES[locale] as typeof en, namespace });
}
