"use client";
import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";

export function SubmitButton({
  children,
  tone = "primary",
}: {
  children: React.ReactNode;
  tone?: "primary" | "danger";
}) {
  const { pending } = useFormStatus();
  const t = useTranslations("forms");
  const colours = tone === "danger" ? "bg-rose-800 hover:bg-rose-900" : "bg-sky-800 hover:bg-sky-900";
  return (
    <button
      type="submit"
      disabled={pending}
      className={`mt-4 rounded px-4 py-2 font-semibold text-white ${colours} focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:opacity-60`}
    >
      {pending ? t("saving") : children}
    </button>
  );
}
