// The language server messages are translated into: the request's (lib/i18n/request-locale.ts), or English
// outside a request (jobs, tests calling an action directly), where there is no reader to ask.
import "server-only";
import { headers } from "next/headers";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { currentLocale } from "./request-locale";

export async function requestLocaleOrEnglish(): Promise<Locale> {
  try {
    // Throws at once outside a request: checked first, so currentLocale() never starts work that fails unobserved.
    await headers();
  } catch {
    return DEFAULT_LOCALE;
  }
  return currentLocale();
}
