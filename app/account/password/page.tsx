import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { ChangePasswordForm } from "@/components/account/change-password-form";

export const metadata: Metadata = { title: "Change your password" };

export default async function ChangePasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent("/account/password")}`);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">Change your password</h1>
      <p className="mt-2 text-slate-700">
        Changing it signs you out everywhere, on this device too: you then sign in again with the new password.
      </p>
      <ChangePasswordForm email={user.email} />
    </div>
  );
}
