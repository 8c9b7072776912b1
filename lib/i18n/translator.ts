// Words of the catalogues outside a request's React tree (exports, e-mails, lib/ text builders): use-intl's
// createTranslator with the catalogue of a language. In pages and components use useTranslations/getTranslations.
// One translator per language and namespace, made once: pages format hundreds of dates and events.
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import type { Locale } from "./locales";

export const CATALOGUES = { en, ru, kk } as const;

type Namespace = keyof typeof en;
type Translator<N extends Namespace> = ReturnType<typeof createTranslator<typeof en, N>>;

const made = new Map<string, unknown>();

/** The translator of one namespace in one language (the catalogues are checked complete by a test). */
export function translator<N extends Namespace>(locale: Locale, namespace: N): Translator<N> {
  const key = `${locale}|${namespace}`;
  let t = made.get(key) as Translator<N> | undefined;
  if (!t) {
    t = createTranslator({ locale, messages: CATALOGUES[locale] as typeof en, namespace });
    made.set(key, t);
  }
  return t;
}

/** The translator of the whole catalogue (keys "namespace.key"), for builders whose keys come from codes. */
export function wholeCatalogue(locale: Locale) {
  const key = `${locale}|`;
  let t = made.get(key) as ReturnType<typeof createTranslator<typeof en>> | undefined;
  if (!t) {
    t = createTranslator({ locale, messages: CATALOGUES[locale] as typeof en });
    made.set(key, t);
  }
  return t;
}
