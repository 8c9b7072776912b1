// Notices of the dashboards, the cycle list and the cycle page: options that
// were ignored, and the moment (both clocks) and assessors the figures are for.
import { assessorText, momentSentence } from "./describe";
import type { DashboardOptions } from "./urls";

const NAMES: Record<string, string> = {
  on: "Status on",
  asOf: "As recorded on",
  page: "Page",
  assessor: "Independent assessments by",
  staleSince: "Stale since",
  state: "State's response",
  independent: "Independent assessment",
  priority: "Priority",
  section: "Section",
  institution: "Responsible institution",
  noFollowUp: "No follow-up",
  fullyOrMostly: "Fully or mostly implemented",
  stale: "Stale",
  status: "State response",
};

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
  if (keys.length === 0 && !extra) return null;
  return (
    <p
      role="status"
      className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-inset ring-amber-700"
    >
      {keys.length > 0 && <>Ignored an invalid option: {keys.map((k) => names[k] ?? NAMES[k] ?? k).join(", ")}. </>}
      {extra}
    </p>
  );
}

/**
 * What the figures show: "Status on 1 June 2012, as currently recorded ·
 * independent assessments by all assessors." (assessors only where they can be chosen).
 */
export function MomentLine({ options, assessors = true }: { options: DashboardOptions; assessors?: boolean }) {
  return (
    <p className="mt-2 text-sm text-slate-700" data-moment-line>
      <span className="font-semibold text-slate-900">{momentSentence(options)}</span>
      {options.asOf && " (what the tracker held at the end of that day, UTC)"}
      {assessors ? <> · independent assessments by {assessorText(options)}.</> : "."}
    </p>
  );
}
