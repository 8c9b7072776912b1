import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInviteForm } from "@/components/admin/accept-invite-form";
import { getInvite } from "@/lib/users/queries";

// The link is a secret: keep the page out of search engines and caches.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("metaTitle"), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const invite = token.length <= 100 ? await getInvite(token) : null;
  const [t, roles] = await Promise.all([getTranslations("invite"), getTranslations("role")]);

  if (!invite) {
    return (
      <div className="mx-auto max-w-prose">
        <h1 className="text-2xl font-semibold tracking-tight">{t("unusableTitle")}</h1>
        <p className="mt-4 text-slate-800">{t("unusable")}</p>
        <p className="mt-3 text-slate-800">{t.rich("askNew", { link: (c) => <Link href="/sign-in">{c}</Link> })}</p>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded border border-slate-200 bg-slate-50 px-4 py-3 text-sm">
        <dt className="font-medium text-slate-700">{t("email")}</dt>
        <dd className="break-all">{invite.email}</dd>
        <dt className="font-medium text-slate-700">{t("role")}</dt>
        <dd>{roles(invite.role)}</dd>
        {invite.institution && (
          <>
            <dt className="font-medium text-slate-700">{t("institution")}</dt>
            <dd>{invite.institution}</dd>
          </>
        )}
      </dl>
      <AcceptInviteForm token={token} email={invite.email} />
    </div>
  );
}
