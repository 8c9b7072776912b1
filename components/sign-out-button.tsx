"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/sign-in" })}
      className="rounded-md border border-slate-400 px-2.5 py-1 text-sm text-slate-800 hover:bg-slate-100"
    >
      Sign out
    </button>
  );
}
