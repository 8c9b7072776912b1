// POST /locale (form: locale, next): the language switcher. Sets the `locale` cookie, saves the choice on the
// signed-in user's account too (so it follows them to other devices), and goes back to the same page with its
// query string: URLs carry no language (docs/decisions/016-languages.md). A plain form post, so it works without
// JavaScript. CSRF: the Origin must name this site (nothing worse than a language could be changed anyway).
import { getCurrentUser } from "@/lib/auth/session";
import { sameOrigin } from "@/lib/documents/http";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "@/lib/i18n/locales";
import { saveUserLocale } from "@/lib/i18n/mutations";
import { LocaleChoiceSchema } from "@/lib/i18n/schema";
import { limitFor, limitedRequest } from "@/lib/security/body-limit";
import { safeNextPath } from "@/components/safe-next-path";

export const dynamic = "force-dynamic";

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function POST(request: Request): Promise<Response> {
  if (!sameOrigin(request)) return plain(403, "This request did not come from the tracker's own page.");
  const limited = await limitedRequest(request, limitFor(new URL(request.url).pathname));
  if (limited instanceof Response) return plain(413, "The request is too large.");
  let form: FormData;
  try {
    form = await limited.formData();
  } catch {
    return plain(400, "The language could not be read. Choose it again.");
  }
  const parsed = LocaleChoiceSchema.safeParse({ locale: form.get("locale"), next: form.get("next") ?? undefined });
  if (!parsed.success) return plain(400, "Choose English, Russian or Kazakh.");
  const { locale, next } = parsed.data;
  const user = await getCurrentUser();
  if (user) await saveUserLocale(user.id, locale);
  const secure = new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const cookie = [
    `${LOCALE_COOKIE}=${locale}`,
    "Path=/",
    `Max-Age=${LOCALE_COOKIE_MAX_AGE}`,
    "SameSite=Lax",
    "HttpOnly",
    ...(secure ? ["Secure"] : []),
  ].join("; ");
  // 303: the browser follows with a GET. A relative Location stays on this site (safeNextPath).
  return new Response(null, {
    status: 303,
    headers: { Location: safeNextPath(next) ?? "/", "Set-Cookie": cookie, "Cache-Control": "no-store" },
  });
}
