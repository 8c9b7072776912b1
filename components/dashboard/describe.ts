// Words for what a figure counts: the heading of a drill-down list, the line
// under a dashboard's title, shares as percentages. Pure, unit-tested.
import { formatDate } from "@/components/date-text";
import { ASSESSMENT, ASSESSOR_TYPE, STATE_RESPONSE } from "@/lib/vocab";
import type { DashboardOptions, ListFilter } from "./urls";

const PRIORITY_WORDS = {
  PRIORITY: "Priority recommendations",
  OTHER: "Other recommendations",
  UNSPECIFIED: "Not classified as priority or other",
} as const;

/** "3 April 2012", from "2012-04-03". */
export function dayText(day: string): string {
  return formatDate(new Date(`${day}T00:00:00.000Z`));
}

/**
 * Both clocks in words, never mixed: "status on 1 June 2012, as currently
 * recorded", "latest status, as recorded on 3 April 2026".
 */
export function momentText(o: Pick<DashboardOptions, "on" | "asOf">): string {
  const world = o.on ? `status on ${dayText(o.on)}` : "latest status";
  const tracker = o.asOf ? `as recorded on ${dayText(o.asOf)}` : "as currently recorded";
  return `${world}, ${tracker}`;
}

/** The same, as a sentence start: "Status on 1 June 2012, as currently recorded". */
export function momentSentence(o: Pick<DashboardOptions, "on" | "asOf">): string {
  const t = momentText(o);
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** "all assessors" or "ODIHR mission only". */
export function assessorText(o: DashboardOptions): string {
  return o.assessor ? `${ASSESSOR_TYPE[o.assessor]} only` : "all assessors";
}

/**
 * "State's response: Implemented · Independent assessment: Not implemented · status on 3 April 2012, as currently recorded".
 * `names` gives the titles of the section and institution ids in the filter.
 */
export function describeFilter(
  f: ListFilter,
  o: DashboardOptions,
  names: { section?: string | null; institution?: string | null } = {},
): string {
  const parts: string[] = [];
  if (f.state) parts.push(`State\u2019s response: ${STATE_RESPONSE[f.state].label}`);
  if (f.independent) {
    const by = o.assessor ? ` (${ASSESSOR_TYPE[o.assessor]})` : "";
    parts.push(`Independent assessment${by}: ${ASSESSMENT[f.independent].label}`);
  }
  if (f.fullyOrMostly)
    parts.push(
      `Independent assessment${o.assessor ? ` (${ASSESSOR_TYPE[o.assessor]})` : ""}: Fully or mostly implemented`,
    );
  if (f.priority) parts.push(PRIORITY_WORDS[f.priority]);
  if (f.section) parts.push(`Section: ${names.section ?? "unknown section"}`);
  if (f.institution) parts.push(`Responsible institution: ${names.institution ?? "unknown institution"}`);
  if (f.noFollowUp) parts.push("No follow-up recorded");
  if (f.stale && o.staleSince)
    parts.push(`No follow-up action or assessment dated on or after ${dayText(o.staleSince)}`);
  if (parts.length === 0) parts.push("All recommendations");
  parts.push(momentText(o));
  return parts.join(" \u00b7 ");
}

const percent = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 0 });

/** "34%"; "–" when there is nothing to divide (no recommendation recorded). */
export function shareText(share: number | null): string {
  return share === null ? "\u2013" : percent.format(share);
}

export function countText(n: number): string {
  return `${n} ${n === 1 ? "recommendation" : "recommendations"}`;
}
