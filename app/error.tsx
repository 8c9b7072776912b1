"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";

// Calm, generic message: details stay in the server log (error.digest matches it).
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const t = useTranslations("errors");
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div role="alert">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-3 max-w-prose text-slate-700">{digest ? t("bodyWithReference") : t("body")}</p>
      {digest && <p className="mt-2 text-sm text-slate-600">{t("reference", { digest })}</p>}
      <button
        type="button"
        onClick={() => retry()}
        className="mt-6 rounded-md bg-slate-800 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700"
      >
        {t("retry")}
      </button>
    </div>
  );
}
