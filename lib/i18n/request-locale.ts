// The language of the current request (server only): the pure rule of ./locales.ts fed with the request.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./locales";

export const currentLocale = cache(async (): Promise<Locale> => {
  const [user, jar, head] = await Promise.all([getCurrentUser(), cookies(), headers()]);
  return resolveLocale({
    userLocale: user?.locale,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: head.get("accept-language"),
  });
});
