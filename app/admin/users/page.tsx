import type { Metadata } from "next";
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/session";
import { listPendingInvites, listPendingResets, listUsers } from "@/lib/users/queries";
import { listActiveInstitutions } from "@/lib/recommendations/queries";
import { institutionOptions } from "@/components/recommendation/options";
import { ROLE } from "@/lib/vocab";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { AddUserForm } from "@/components/admin/add-user-form";
import { InviteForm } from "@/components/admin/invite-form";
import { UserRowControls } from "@/components/admin/user-row-controls";
import { PendingInvites, PendingResets } from "@/components/admin/pending-tables";
import { WidePage } from "@/components/page-width";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requireAdmin("/admin/users");
  const [users, invites, resets, active] = await Promise.all([
    listUsers(),
    listPendingInvites(),
    listPendingResets(),
    listActiveInstitutions(),
  ]);
  const institutions = institutionOptions(active);
  return (
    <WidePage>
      <Breadcrumbs items={[{ label: "Admin", href: "/admin" }, { label: "Users" }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">Users</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        Everyone who can sign in to the tracker. Viewers read; contributors, the focal points of an institution, also
        submit follow-up drafts on the recommendations assigned to it, which editors publish or return; editors also
        record responses, assessments and follow-up; administrators also manage accounts, institutions and cycle
        details. Every change here is recorded in the <Link href="/audit?entityType=User">audit history</Link>.
      </p>
      <p className="mt-3 max-w-prose rounded border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800">
        <span className="font-semibold">Security note:</span> Deactivated users are signed out at once. Their name stays
        on everything they recorded.
      </p>

      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Users of the tracker, with their role and status</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4 font-semibold">
                Name
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Email
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Role
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Status
              </th>
              <th scope="col" className="no-print py-2 font-semibold">
                Actions
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-4 font-medium">
                  {u.name}
                  {u.id === me.id && <span className="font-normal text-slate-600"> (you)</span>}
                </th>
                <td className="min-w-44 py-2 pr-4 break-all">{u.email}</td>
                <td className="py-2 pr-4">
                  {ROLE[u.role]}
                  {u.institution && <span className="block text-slate-700">{u.institution.name}</span>}
                </td>
                <td className="py-2 pr-4">
                  {u.active ? "Active" : <span className="text-slate-600">Deactivated</span>}
                </td>
                <td className="no-print py-2">
                  <UserRowControls
                    user={{
                      id: u.id,
                      name: u.name,
                      role: u.role,
                      institutionId: u.institution?.id ?? null,
                      active: u.active,
                      hasPassword: u.hasPassword,
                    }}
                    isSelf={u.id === me.id}
                    institutions={institutions}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <PendingInvites invites={invites} />
      <PendingResets resets={resets} />

      <div className="no-print mt-10 grid grid-cols-1 gap-8 border-t border-slate-200 pt-6 md:grid-cols-2">
        <section aria-labelledby="add-user-heading">
          <h2 id="add-user-heading" className="text-lg font-semibold">
            Add a user
          </h2>
          <p className="mt-1 text-sm text-slate-700">Creates the account at once, with a password you choose.</p>
          <AddUserForm institutions={institutions} />
        </section>
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading" className="text-lg font-semibold">
            Invite a user
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            Creates a one-time link; the person chooses their own name and password. The tracker sends no email: copy
            the link and send it yourself.
          </p>
          <InviteForm institutions={institutions} />
        </section>
      </div>
    </WidePage>
  );
}
