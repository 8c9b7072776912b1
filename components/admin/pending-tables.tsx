// Pending invitations and password reset links on the users page: who issued them, when, and until when;
// each can be revoked (voided) at once. Never their tokens: those were shown once, when issued.
import { ROLE } from "@/lib/vocab";
import type { PendingInvite, PendingReset } from "@/lib/users/queries";
import { RevokeInviteForm, VoidResetForm } from "./pending-links";

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";
const th = "py-2 pr-4 font-semibold";

export function PendingInvites({ invites }: { invites: PendingInvite[] }) {
  return (
    <section aria-labelledby="pending-invites-heading" className="mt-10">
      <h2 id="pending-invites-heading" className="text-lg font-semibold">
        Pending invitations
      </h2>
      {invites.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">No invitation is waiting to be accepted.</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Invitations not yet accepted, who sent them, and when they expire</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                {["Email", "Role", "Invited by", "Created", "Expires", "Actions"].map((h) => (
                  <th key={h} scope="col" className={th}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {invites.map((i) => (
                <tr key={i.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-medium break-all">
                    {i.email}
                  </th>
                  <td className="py-2 pr-4">{ROLE[i.role]}</td>
                  <td className="py-2 pr-4">{i.createdBy?.name ?? "a former user"}</td>
                  <td className="py-2 pr-4">{when(i.createdAt)}</td>
                  <td className="py-2 pr-4">{when(i.expiresAt)}</td>
                  <td className="no-print py-2">
                    <RevokeInviteForm id={i.id} email={i.email} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function PendingResets({ resets }: { resets: PendingReset[] }) {
  return (
    <section aria-labelledby="pending-resets-heading" className="mt-10">
      <h2 id="pending-resets-heading" className="text-lg font-semibold">
        Pending password reset links
      </h2>
      {resets.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">
          No reset link is waiting to be used. To create one, open “Manage” next to a user.
        </p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">
              Password reset links not yet used, who issued them, and when they expire
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                {["For", "Issued by", "Created", "Expires", "Actions"].map((h) => (
                  <th key={h} scope="col" className={th}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {resets.map((r) => (
                <tr key={r.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {r.user.name} <span className="font-normal break-all text-slate-600">({r.user.email})</span>
                  </th>
                  <td className="py-2 pr-4">{r.createdBy?.name ?? "a former user"}</td>
                  <td className="py-2 pr-4">{when(r.createdAt)}</td>
                  <td className="py-2 pr-4">{when(r.expiresAt)}</td>
                  <td className="no-print py-2">
                    <VoidResetForm id={r.id} name={r.user.name} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
