// Chains of recurring recommendations, oldest form first: "2005 No. 17 →
// 2007 No. 15 → 2011 No. 19", how long outstanding, and the latest form's
// two statuses (never merged).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { AssessmentBadge, StateResponseBadge } from "@/components/status-badge";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";
import { recommendationHref, type DashboardOptions } from "./urls";

export interface ChainItem {
  id: string;
  label: string;
  year: number;
  state: StateResponseStatus | null;
  independent: AssessmentStatus | null;
}

export interface ChainData {
  headId: string;
  items: ChainItem[];
  links: { fromId: string; toId: string }[];
  firstYear: number;
  outstanding: boolean;
}

/** Each form links to its page at the same moment. */
export function RecurringChains({
  chains,
  options,
}: {
  chains: ChainData[];
  options: Pick<DashboardOptions, "on" | "asOf">;
}) {
  const t = useTranslations("dashboard.recurring");
  // Years are passed as text: ICU would format a number with a thousands separator ("2,011").
  const form = (i: ChainItem) => t("form", { year: String(i.year), label: i.label });
  if (chains.length === 0) {
    return <p className="mt-4 rounded-lg border border-slate-200 bg-slate-50 p-4 text-slate-800">{t("none")}</p>;
  }
  return (
    <ul className="mt-4 space-y-4">
      {chains.map((c) => {
        const latest = c.items[c.items.length - 1]!;
        const name = c.items.map(form).join(" → ");
        return (
          <li key={c.headId} className="break-inside-avoid rounded-lg border border-slate-200 p-4">
            <ol
              aria-label={t("formsLabel", { name })}
              className="flex flex-wrap items-center gap-x-2 gap-y-1 font-medium"
            >
              {c.items.map((i, n) => (
                <li key={i.id} className="flex items-center gap-2">
                  {n > 0 && <span aria-hidden="true">→</span>}
                  <Link href={recommendationHref(i.id, options)}>{form(i)}</Link>
                </li>
              ))}
            </ol>
            {c.items.length > 2 && (
              <p className="mt-1 text-sm text-slate-700">
                {t("links", {
                  list: c.links
                    .map((l) => {
                      const name = (id: string) => {
                        const i = c.items.find((x) => x.id === id);
                        return i ? form(i) : "?";
                      };
                      return `${name(l.fromId)} → ${name(l.toId)}`;
                    })
                    .join("; "),
                })}
              </p>
            )}
            <p className="mt-2 text-sm">
              {c.outstanding ? (
                <span className="font-semibold text-rose-900">
                  {t("outstandingSince", { year: String(c.firstYear) })}
                </span>
              ) : (
                <span className="font-semibold">{t("done")}</span>
              )}
              <span className="text-slate-700"> · {t("forms", { count: c.items.length })}</span>
            </p>
            <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
              <span className="text-slate-700">{t("latest", { form: form(latest) })}</span>
              {latest.state && latest.independent ? (
                <>
                  <span>{t("state")}</span>
                  <StateResponseBadge status={latest.state} />
                  <span>· {t("independent")}</span>
                  <AssessmentBadge status={latest.independent} />
                </>
              ) : (
                <span>{t("notRecorded")}</span>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
