// The account's language: saved on the user (User.locale), so it follows them to every device they sign in on.
// The same form as the header's switcher (POST /locale), with the choices named and described.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { LOCALE_NAME, LOCALES } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("languageTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LanguagePage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent("/account/language")}`);
  const [t, current, params] = await Promise.all([getTranslations("account"), getLocale(), searchParams]);
  const saved = params.saved === "1" && user.locale === current;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">{t("languageTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("languageIntro")}</p>
      <p role="status" className="mt-4 text-sm text-green-800">
        {saved ? t("languageSaved") : null}
      </p>
      <form method="post" action="/locale" className="mt-4 space-y-4">
        <input type="hidden" name="next" value="/account/language?saved=1" />
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("languageLegend")}</legend>
          <div className="mt-2 space-y-2">
            {LOCALES.map((l) => (
              <label key={l} className="flex items-center gap-2 text-slate-900">
                <input type="radio" name="locale" value={l} defaultChecked={l === current} />
                <span lang={l}>{LOCALE_NAME[l]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <button
          type="submit"
          className="rounded-md bg-slate-800 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700"
        >
          {t("languageSave")}
        </button>
      </form>
    </div>
  );
}
