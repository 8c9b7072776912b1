// The definitions behind every figure, in a few lines (docs/decisions/005).
// Collapsed on screen; spelled out on paper (a closed <details> would print only its summary).
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

const strong = (c: ReactNode) => <strong>{c}</strong>;

/** `dashboard` adds the follow-up, stale and claims definitions to those of the two lenses and clocks. */
export function HowComputed({ dashboard = true }: { dashboard?: boolean }) {
  const t = useTranslations("dashboard.howComputed");
  return (
    <>
      <details className="no-print mt-4 rounded-md border border-slate-200 bg-white px-4 py-2 text-sm text-slate-800">
        <summary className="cursor-pointer font-semibold text-sky-900">{t("title")}</summary>
        <Definitions dashboard={dashboard} />
      </details>
      <div className="mt-4 hidden text-sm print:block">
        <p className="font-semibold">{t("title")}</p>
        <Definitions dashboard={dashboard} />
      </div>
    </>
  );
}

function Definitions({ dashboard }: { dashboard: boolean }) {
  const t = useTranslations("dashboard.howComputed");
  return (
    <ul className="mt-2 list-disc space-y-1 pb-2 pl-5">
      <li>{t.rich("state", { strong })}</li>
      <li>{t.rich("independent", { strong })}</li>
      <li>
        {t.rich("latest", { strong })} {t("uncertainDates")}
      </li>
      <li>{t.rich("clocks", { strong })}</li>
      {dashboard && (
        <>
          <li>{t.rich("followUp", { strong })}</li>
          <li>{t.rich("claims", { strong })}</li>
        </>
      )}
    </ul>
  );
}
