import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/auth/session";
import { listPendingInvites, listPendingResets, listUsers } from "@/lib/users/queries";
import { listActiveInstitutions } from "@/lib/recommendations/queries";
import { institutionOptions } from "@/components/recommendation/options";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { AddUserForm } from "@/components/admin/add-user-form";
import { InviteForm } from "@/components/admin/invite-form";
import { UserRowControls } from "@/components/admin/user-row-controls";
import { PendingInvites, PendingResets } from "@/components/admin/pending-tables";
import { WidePage } from "@/components/page-width";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

const bold = (c: ReactNode) => <span className="font-semibold">{c}</span>;

export default async function UsersPage() {
  const me = await requireAdmin("/admin/users");
  const [users, invites, resets, active] = await Promise.all([
    listUsers(),
    listPendingInvites(),
    listPendingResets(),
    listActiveInstitutions(),
  ]);
  const institutions = institutionOptions(active);
  const [t, admin, roles] = await Promise.all([
    getTranslations("users"),
    getTranslations("admin"),
    getTranslations("role"),
  ]);
  return (
    <WidePage>
      <Breadcrumbs items={[{ label: admin("title"), href: "/admin" }, { label: t("title") }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        {t.rich("intro", { audit: (c) => <Link href="/audit?entityType=User">{c}</Link> })}
      </p>
      <p className="mt-3 max-w-prose rounded border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800">
        {t.rich("securityNote", { b: bold })}
      </p>

      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t("col.name")}
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t("col.email")}
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t("col.role")}
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t("col.status")}
              </th>
              <th scope="col" className="no-print py-2 font-semibold">
                {t("col.actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-4 font-medium">
                  {u.name}
                  {u.id === me.id && <span className="font-normal text-slate-600"> {t("you")}</span>}
                </th>
                <td className="min-w-44 py-2 pr-4 break-all">{u.email}</td>
                <td className="py-2 pr-4">
                  {roles(u.role)}
                  {u.institution && <span className="block text-slate-700">{u.institution.name}</span>}
                </td>
                <td className="py-2 pr-4">
                  {u.active ? t("active") : <span className="text-slate-600">{t("deactivated")}</span>}
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
            {t("addTitle")}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t("addIntro")}</p>
          <AddUserForm institutions={institutions} />
        </section>
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading" className="text-lg font-semibold">
            {t("inviteTitle")}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t("inviteIntro")}</p>
          <InviteForm institutions={institutions} />
        </section>
      </div>
    </WidePage>
  );
}
