import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { momentUtc } from "@/components/admin/when";
import { outboxSummary } from "@/lib/notifications/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("emailOutbox"))("title") };
}

export default async function AdminEmailPage() {
  await requireAdmin("/admin/email");
  const { emailOn, counts, unsent } = await outboxSummary();
  const t = await getTranslations("emailOutbox");
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">{emailOn ? t("on") : t("off")}</p>
      <dl className="mt-4 grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">{t("pending")}</dt>
        <dd>{counts.pending}</dd>
        <dt className="font-semibold">{t("sent")}</dt>
        <dd>{counts.sent}</dd>
        <dt className="font-semibold">{t("failed")}</dt>
        <dd>{counts.failed}</dd>
      </dl>
      {unsent.length > 0 && (
        <table className="mt-6 w-full border-collapse text-sm">
          <caption className="text-left font-semibold">{t("notSent")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-3">
                {t("col.to")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("col.subject")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("col.state")}
              </th>
              <th scope="col" className="py-1">
                {t("col.lastError")}
              </th>
            </tr>
          </thead>
          <tbody>
            {unsent.map((m) => (
              <tr key={m.id} className="border-b border-slate-200 align-top">
                <td className="py-1 pr-3 break-all">{m.to}</td>
                <td className="py-1 pr-3">{m.subject}</td>
                <td className="py-1 pr-3">
                  {m.status === "FAILED"
                    ? t("failedAfter", { attempts: m.attempts })
                    : m.attempts === 0
                      ? t("waiting")
                      : t("retry", { n: String(m.attempts + 1), when: momentUtc(m.nextAttemptAt, locale) })}
                </td>
                <td className="py-1 break-words">{m.lastError ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
