import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { ROLE } from "@/lib/vocab";
import { SignInForm } from "@/components/sign-in-form";
import { safeNextPath } from "@/components/safe-next-path";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(first(params.next));
  const user = await getCurrentUser();
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = env();
  const oidcName =
    OIDC_ISSUER && OIDC_CLIENT_ID && OIDC_CLIENT_SECRET ? (OIDC_NAME ?? "your organisation's sign-in") : null;

  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
      {user ? (
        <p className="mt-4 text-slate-800">
          You are signed in as <span className="font-medium">{user.name}</span> ({user.email}, {ROLE[user.role]}).{" "}
          <Link href="/">Go to the election cycles</Link>.
        </p>
      ) : (
        <>
          <p className="mt-2 text-slate-700">Use the account an administrator created for you.</p>
          <div className="mt-6">
            <SignInForm next={next} initialError={Boolean(first(params.error))} oidcName={oidcName} />
          </div>
          <p className="mt-6 text-sm text-slate-700">
            Forgotten your password? Ask an administrator for a one-time reset link.
          </p>
        </>
      )}
    </div>
  );
}
