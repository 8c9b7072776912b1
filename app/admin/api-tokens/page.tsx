import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { momentUtc } from "@/components/admin/when";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DateText } from "@/components/date-text";
import { IssueApiTokenForm, RevokeApiTokenForm } from "@/components/admin/api-token-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("title") };
}

export default async function ApiTokensPage() {
  await requireAdmin("/admin/api-tokens");
  const tokens = await listApiTokens();
  const t = await getTranslations("apiTokens");
  const admin = await getTranslations("admin");
  const locale = (await getLocale()) as Locale;
  const when = (d: Date | null) => (d ? momentUtc(d, locale) : t("never"));
  return (
    <>
      <Breadcrumbs items={[{ label: admin("title"), href: "/admin" }, { label: t("title") }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        {t.rich("intro", {
          api: (c) => <Link href="/api/v1/openapi.json">{c}</Link>,
          audit: (c) => <Link href="/audit?entityType=ApiToken">{c}</Link>,
        })}
      </p>

      <section aria-labelledby="tokens-heading" className="mt-6">
        <h2 id="tokens-heading" className="text-lg font-semibold">
          {t("issued")}
        </h2>
        {tokens.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("none")}</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t("caption")}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  {["name", "issuedBy", "created", "lastUsed", "status"].map((h) => (
                    <th key={h} scope="col" className="py-2 pr-4 font-semibold">
                      {t(`col.${h}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {token.name}
                    </th>
                    <td className="py-2 pr-4">{token.createdBy?.name ?? t("formerUser")}</td>
                    <td className="py-2 pr-4">
                      <DateText date={token.createdAt} />
                    </td>
                    <td className="py-2 pr-4">{when(token.lastUsedAt)}</td>
                    <td className="py-2 pr-4">
                      {token.revokedAt ? (
                        <span className="text-slate-600">
                          {t.rich("revoked", { date: () => <DateText date={token.revokedAt!} /> })}
                        </span>
                      ) : (
                        <RevokeApiTokenForm id={token.id} name={token.name} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="issue-token-heading" className="mt-8 border-t border-slate-200 pt-6">
        <h2 id="issue-token-heading" className="text-lg font-semibold">
          {t("issueTitle")}
        </h2>
        <IssueApiTokenForm />
      </section>
    </>
  );
}
