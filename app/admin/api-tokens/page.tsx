import type { Metadata } from "next";
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DateText } from "@/components/date-text";
import { IssueApiTokenForm, RevokeApiTokenForm } from "@/components/admin/api-token-forms";

export const metadata: Metadata = { title: "API tokens" };

const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") + " UTC" : "never");

export default async function ApiTokensPage() {
  await requireAdmin("/admin/api-tokens");
  const tokens = await listApiTokens();
  return (
    <>
      <Breadcrumbs items={[{ label: "Admin", href: "/admin" }, { label: "API tokens" }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">API tokens</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        Read-only access to the <Link href="/api/v1/openapi.json">read API</Link> for programs that cannot sign in: a
        token reads what a viewer reads, never internal notes, and changes nothing. Issuing and revoking are recorded in
        the <Link href="/audit?entityType=ApiToken">audit history</Link>.
      </p>

      <section aria-labelledby="tokens-heading" className="mt-6">
        <h2 id="tokens-heading" className="text-lg font-semibold">
          Issued tokens
        </h2>
        {tokens.length === 0 ? (
          <p className="mt-2 text-slate-700">No token has been issued.</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">API tokens, who issued them, when they were created and last used</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  {["Name", "Issued by", "Created", "Last used", "Status"].map((h) => (
                    <th key={h} scope="col" className="py-2 pr-4 font-semibold">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {tokens.map((t) => (
                  <tr key={t.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {t.name}
                    </th>
                    <td className="py-2 pr-4">{t.createdBy?.name ?? "a former user"}</td>
                    <td className="py-2 pr-4">
                      <DateText date={t.createdAt} />
                    </td>
                    <td className="py-2 pr-4">{when(t.lastUsedAt)}</td>
                    <td className="py-2 pr-4">
                      {t.revokedAt ? (
                        <span className="text-slate-600">
                          Revoked <DateText date={t.revokedAt} />
                        </span>
                      ) : (
                        <RevokeApiTokenForm id={t.id} name={t.name} />
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
          Issue a token
        </h2>
        <IssueApiTokenForm />
      </section>
    </>
  );
}
