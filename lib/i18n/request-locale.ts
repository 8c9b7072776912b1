// The language of the current request (server only): the pure rule of ./locales.ts fed with the request.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./locales";

export const currentLocale = cache(async (): Promise<Locale> => {
  // With the database unreachable the user's setting cannot be read: the cookie and the browser still say which
  // language to answer in (an action's "Something went wrong … Nothing was saved." must not become an error page).
  const [user, jar, head] = await Promise.all([getCurrentUser().catch(() => null), cookies(), headers()]);
  return resolveLocale({
    userLocale: user?.locale,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: head.get("accept-language"),
  });
});
