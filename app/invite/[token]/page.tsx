import type { Metadata } from "next";
import Link from "next/link";
import { ROLE } from "@/lib/vocab";
import { AcceptInviteForm } from "@/components/admin/accept-invite-form";
import { getInvite } from "@/lib/users/queries";

// The link is a secret: keep the page out of search engines and caches.
export const metadata: Metadata = { title: "Invitation", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const invite = token.length <= 100 ? await getInvite(token) : null;

  if (!invite) {
    return (
      <div className="mx-auto max-w-prose">
        <h1 className="text-2xl font-semibold tracking-tight">This invitation cannot be used</h1>
        <p className="mt-4 text-slate-800">
          The link may be incomplete, it may have expired (invitations are valid for seven days), or it may already have
          been used to create an account. Each link works only once.
        </p>
        <p className="mt-3 text-slate-800">
          Ask the administrator who invited you for a new link. If you already created your account,{" "}
          <Link href="/sign-in">sign in</Link>.
        </p>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">Accept your invitation</h1>
      <p className="mt-2 text-slate-700">Choose the name others will see on your changes, and a password.</p>
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded border border-slate-200 bg-slate-50 px-4 py-3 text-sm">
        <dt className="font-medium text-slate-700">Email</dt>
        <dd className="break-all">{invite.email}</dd>
        <dt className="font-medium text-slate-700">Role</dt>
        <dd>{ROLE[invite.role]}</dd>
        {invite.institution && (
          <>
            <dt className="font-medium text-slate-700">Institution</dt>
            <dd>{invite.institution}</dd>
          </>
        )}
      </dl>
      <AcceptInviteForm token={token} email={invite.email} />
    </div>
  );
}
