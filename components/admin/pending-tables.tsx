// Pending invitations and password reset links on the users page: who issued them, when, and until when;
// each can be revoked (voided) at once. Never their tokens: those were shown once, when issued.
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { PendingInvite, PendingReset } from "@/lib/users/queries";
import { RevokeInviteForm, VoidResetForm } from "./pending-links";
import { momentUtc } from "./when";

const th = "py-2 pr-4 font-semibold";

export function PendingInvites({ invites }: { invites: PendingInvite[] }) {
  const t = useTranslations("users");
  const roles = useTranslations("role");
  const locale = useLocale() as Locale;
  const when = (d: Date) => momentUtc(d, locale);
  return (
    <section aria-labelledby="pending-invites-heading" className="mt-10">
      <h2 id="pending-invites-heading" className="text-lg font-semibold">
        {t("pending.invites")}
      </h2>
      {invites.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">{t("pending.noInvites")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("pending.invitesCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                {["email", "role", "invitedBy", "created", "expires", "actions"].map((h) => (
                  <th key={h} scope="col" className={th}>
                    {t(`col.${h}`)}
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
                  <td className="py-2 pr-4">{roles(i.role)}</td>
                  <td className="py-2 pr-4">{i.createdBy?.name ?? t("pending.formerUser")}</td>
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
  const t = useTranslations("users");
  const locale = useLocale() as Locale;
  const when = (d: Date) => momentUtc(d, locale);
  return (
    <section aria-labelledby="pending-resets-heading" className="mt-10">
      <h2 id="pending-resets-heading" className="text-lg font-semibold">
        {t("pending.resets")}
      </h2>
      {resets.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">{t("pending.noResets")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("pending.resetsCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                {["for", "issuedBy", "created", "expires", "actions"].map((h) => (
                  <th key={h} scope="col" className={th}>
                    {t(`col.${h}`)}
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
                  <td className="py-2 pr-4">{r.createdBy?.name ?? t("pending.formerUser")}</td>
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
