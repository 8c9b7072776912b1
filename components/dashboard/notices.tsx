// Notices of the dashboards: options that were ignored, and the moment and
// assessors the figures are computed for.
import { assessorText, momentText } from "./describe";
import type { DashboardOptions } from "./urls";

const NAMES: Record<string, string> = {
  asOf: "As of",
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
};

export function InvalidNotice({ keys, extra }: { keys: string[]; extra?: string }) {
  if (keys.length === 0 && !extra) return null;
  return (
    <p role="status" className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-inset ring-amber-700">
      {keys.length > 0 && <>Ignored an invalid option: {keys.map((k) => NAMES[k] ?? k).join(", ")}. </>}
      {extra}
    </p>
  );
}

/** "Figures as of 3 April 2012 (as recorded in the tracker at the end of that day) · independent assessments by all assessors." */
export function MomentLine({ options }: { options: DashboardOptions }) {
  return (
    <p className="mt-2 text-sm text-slate-700">
      Figures {momentText(options)}
      {options.asOf && " (as recorded in the tracker at the end of that day, UTC)"} · independent assessments by {assessorText(options)}.
    </p>
  );
}
