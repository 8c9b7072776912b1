import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { preferencesOf } from "@/lib/notifications/queries";
import { PreferencesForm } from "@/components/notifications/preferences-form";

export const metadata: Metadata = { title: "E-mail notifications" };

export default async function NotificationPreferencesPage() {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent("/account/notifications")}`);
  const { emailOn, choices } = await preferencesOf(user.id);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">E-mail notifications</h1>
      <p className="mt-2 text-slate-700">
        Every notification appears on your <Link href="/notifications">notifications page</Link>. Choose which you also
        receive by e-mail at {user.email}: at once, or in one daily digest.
      </p>
      {!emailOn && (
        <p role="note" className="mt-3 rounded border border-amber-700 bg-amber-50 px-3 py-2 text-amber-900">
          This server sends no e-mail (no mail server is configured): your choices apply once one is.
        </p>
      )}
      <PreferencesForm choices={choices} />
    </div>
  );
}
