// Notices of the dashboards, the cycle list and the cycle page: options that
// were ignored, and the moment (both clocks) and assessors the figures are for.
import { useTranslations } from "next-intl";
import { assessorText, momentSentence } from "./describe";
import type { DashboardOptions } from "./urls";
import { useWords } from "./words";

/** The options a notice can name (dashboard.option.* in the catalogues). */
export const OPTION_NAMES = new Set([
  "on",
  "asOf",
  "page",
  "assessor",
  "staleSince",
  "state",
  "independent",
  "priority",
  "section",
  "institution",
  "noFollowUp",
  "fullyOrMostly",
  "stale",
  "status",
]);

/** "Ignored an invalid option: Status on." `names` adds or overrides a page's own names. */
export function InvalidNotice({
  keys,
  extra,
  names = {},
}: {
  keys: string[];
  extra?: string;
  names?: Record<string, string>;
}) {
  const t = useTranslations("dashboard");
  if (keys.length === 0 && !extra) return null;
  const list = keys.map((k) => names[k] ?? (OPTION_NAMES.has(k) ? t(`option.${k}`) : k)).join(", ");
  return (
    <p
      role="status"
      className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-inset ring-amber-700"
    >
      {keys.length > 0 && <>{t("invalidOptions", { list })} </>}
      {extra}
    </p>
  );
}

/**
 * What the figures show: "Status on 1 June 2012, as currently recorded ·
 * independent assessments by all assessors." (assessors only where they can be chosen).
 */
export function MomentLine({ options, assessors = true }: { options: DashboardOptions; assessors?: boolean }) {
  const w = useWords();
  return (
    <p className="mt-2 text-sm text-slate-700" data-moment-line>
      <span className="font-semibold text-slate-900">{momentSentence(options, w)}</span>
      {options.asOf && <> {w.t("momentLine.endOfDay")}</>}
      {assessors ? <> · {w.t("momentLine.assessors", { assessors: assessorText(options, w) })}</> : "."}
    </p>
  );
}
