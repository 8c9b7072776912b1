"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("header");
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/sign-in" })}
      className="rounded-md border border-slate-400 px-2.5 py-1 text-sm text-slate-800 hover:bg-slate-100"
    >
      {t("signOut")}
    </button>
  );
}
