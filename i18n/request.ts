// next-intl's request configuration (found by the plugin in next.config.js): no locale in the URL, the
// language comes from lib/i18n/request-locale.ts. Messages are the catalogues in messages/*.json.
import { getRequestConfig } from "next-intl/server";
import { currentLocale } from "@/lib/i18n/request-locale";

export default getRequestConfig(async () => {
  const locale = await currentLocale();
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    // Dates in the data are calendar days at UTC midnight (lib/i18n/format.ts).
    timeZone: "UTC",
  };
});
