// Shown wherever a quoted text has not yet been checked against its source.
import { useTranslations } from "next-intl";

export function VerificationNote({ status }: { status: "VERIFIED" | "NEEDS_VERIFICATION" }) {
  const t = useTranslations("home");
  if (status !== "NEEDS_VERIFICATION") return null;
  return (
    <p className="mt-1 inline-flex items-center gap-1.5 rounded-sm bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-inset ring-amber-700">
      <span aria-hidden="true">⚠</span> {t("needsVerification")}
    </p>
  );
}
