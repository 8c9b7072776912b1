import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/users/client-address";
import { checkResetLink } from "@/lib/users/queries";
import { ResetPasswordForm } from "@/components/account/reset-password-form";

// The link is a secret: keep the page out of search engines and caches.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("resetPassword"))("title"), robots: { index: false, follow: false } };
}
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
  const t = await getTranslations("resetPassword");

  if (link.kind !== "ok") {
    // One calm answer whatever the reason (unknown, expired, used, voided): nothing to learn from it.
    return (
      <div className="mx-auto max-w-prose">
        <h1 className="text-2xl font-semibold tracking-tight">
          {link.kind === "throttled" ? t("throttledTitle") : t("invalidTitle")}
        </h1>
        <p className="mt-4 text-slate-800">{link.kind === "throttled" ? t("throttled") : t("invalid")}</p>
        <p className="mt-3 text-slate-800">
          {t.rich("knowPassword", { link: (c) => <Link href="/sign-in">{c}</Link> })}
        </p>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("forWhom", { name: link.name, email: link.email })}</p>
      <ResetPasswordForm token={token} email={link.email} />
    </div>
  );
}
