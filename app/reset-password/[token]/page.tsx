import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/users/client-address";
import { checkResetLink } from "@/lib/users/queries";
import { ResetPasswordForm } from "@/components/account/reset-password-form";

// The link is a secret: keep the page out of search engines and caches.
export const metadata: Metadata = { title: "Choose a new password", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const h = await headers();
  const client = clientAddress(
    { "x-forwarded-for": h.get("x-forwarded-for") ?? undefined },
    env().TRUSTED_PROXY === "true",
  );
  const link = token.length <= 100 ? await checkResetLink(token, client) : { kind: "invalid" as const };

  if (link.kind !== "ok") {
    // One calm answer whatever the reason (unknown, expired, used, voided): nothing to learn from it.
    return (
      <div className="mx-auto max-w-prose">
        <h1 className="text-2xl font-semibold tracking-tight">
          {link.kind === "throttled" ? "Too many attempts" : "This link is no longer valid"}
        </h1>
        <p className="mt-4 text-slate-800">
          {link.kind === "throttled"
            ? "There were too many attempts from your network. Wait a quarter of an hour and open the link again."
            : "Password reset links work once and for a limited time. Ask an administrator for a new one."}
        </p>
        <p className="mt-3 text-slate-800">
          If you know your password, <Link href="/sign-in">sign in</Link>.
        </p>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">Choose a new password</h1>
      <p className="mt-2 text-slate-700">
        For {link.name} ({link.email}). Setting it signs you out everywhere; you then sign in with the new password.
      </p>
      <ResetPasswordForm token={token} email={link.email} />
    </div>
  );
}
