// Compact summary of a cycle's statuses in one lens, computed from the data:
// the state's responses, or the independent assessments (never merged).
// With `href`, each count links to the recommendations behind it.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ASSESSMENT_ORDER, STATE_RESPONSE_ORDER, type AssessmentStatus, type StateResponseStatus } from "@/lib/vocab";
import { AssessmentBadge, StateResponseBadge } from "./status-badge";

type Props =
  | {
      lens?: "state";
      counts: Partial<Record<StateResponseStatus, number>>;
      total: number;
      href?: (s: StateResponseStatus) => string;
    }
  | {
      lens: "independent";
      counts: Partial<Record<AssessmentStatus, number>>;
      total: number;
      href?: (s: AssessmentStatus) => string;
    };

export function StatusSummary(props: Props) {
  const t = useTranslations("home.summary");
  if (props.total === 0) return <p className="text-sm text-slate-700">{t("none")}</p>;
  const independent = props.lens === "independent";
  const order: string[] = independent ? ASSESSMENT_ORDER : STATE_RESPONSE_ORDER;
  const counts = props.counts as Record<string, number | undefined>;
  const href = props.href as ((s: string) => string) | undefined;
  const present = order.filter((s) => (counts[s] ?? 0) > 0);
  return (
    <ul className="flex flex-wrap gap-2" aria-label={independent ? t("independentLabel") : t("stateLabel")}>
      {present.map((s) => {
        const badge = independent ? (
          <AssessmentBadge status={s as AssessmentStatus} count={counts[s]} />
        ) : (
          <StateResponseBadge status={s as StateResponseStatus} count={counts[s]} />
        );
        return (
          <li key={s}>
            {href ? (
              <Link href={href(s)} className="no-underline hover:underline">
                {badge}
              </Link>
            ) : (
              badge
            )}
          </li>
        );
      })}
    </ul>
  );
}
