import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { ChangePasswordForm } from "@/components/account/change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("passwordTitle") };
}

export default async function ChangePasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent("/account/password")}`);
  const t = await getTranslations("account");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">{t("passwordTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("passwordIntro")}</p>
      <ChangePasswordForm email={user.email} />
    </div>
  );
}
