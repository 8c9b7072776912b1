import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { SignInForm } from "@/components/sign-in-form";
import { safeNextPath } from "@/components/safe-next-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(first(params.next));
  const user = await getCurrentUser();
  const [t, role] = await Promise.all([getTranslations("signIn"), getTranslations("role")]);
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = env();
  const oidcName = OIDC_ISSUER && OIDC_CLIENT_ID && OIDC_CLIENT_SECRET ? (OIDC_NAME ?? t("organisationSignIn")) : null;

  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      {user ? (
        <p className="mt-4 text-slate-800">
          {t.rich("signedInAs", {
            name: user.name,
            email: user.email,
            role: role(user.role),
            strong: (chunks) => <span className="font-medium">{chunks}</span>,
          })}{" "}
          <Link href="/">{t("goToCycles")}</Link>.
        </p>
      ) : (
        <>
          <p className="mt-2 text-slate-700">{t("useAccount")}</p>
          <div className="mt-6">
            <SignInForm next={next} initialError={Boolean(first(params.error))} oidcName={oidcName} />
          </div>
          <p className="mt-6 text-sm text-slate-700">{t("forgotten")}</p>
        </>
      )}
    </div>
  );
}
