import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/session";
import { outboxSummary } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "E-mail notifications" };

const when = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

export default async function AdminEmailPage() {
  await requireAdmin("/admin/email");
  const { emailOn, counts, unsent } = await outboxSummary();
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">E-mail notifications</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        {emailOn
          ? "E-mails are written to an outbox with the change that causes them and sent after it is saved. A message the mail server refuses, or that cannot reach it, is tried again later (up to 6 times over about 9 hours), then marked failed."
          : "This server sends no e-mail: no mail server is configured (SMTP_URL or SMTP_HOST, and SMTP_FROM). Notifications still appear in the app."}
      </p>
      <dl className="mt-4 grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">Waiting to be sent</dt>
        <dd>{counts.pending}</dd>
        <dt className="font-semibold">Sent</dt>
        <dd>{counts.sent}</dd>
        <dt className="font-semibold">Failed for good</dt>
        <dd>{counts.failed}</dd>
      </dl>
      {unsent.length > 0 && (
        <table className="mt-6 w-full border-collapse text-sm">
          <caption className="text-left font-semibold">Not sent</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-3">
                To
              </th>
              <th scope="col" className="py-1 pr-3">
                Subject
              </th>
              <th scope="col" className="py-1 pr-3">
                State
              </th>
              <th scope="col" className="py-1">
                Last error
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
                    ? `Failed after ${m.attempts} attempts`
                    : m.attempts === 0
                      ? "Waiting"
                      : `Attempt ${m.attempts + 1} after ${when(m.nextAttemptAt)}`}
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
