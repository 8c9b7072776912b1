// Dashboard URLs: every option and drill-down filter lives in the query
// string, in a fixed order, so a view can be shared, bookmarked and cited.
import type { DashboardParams } from "@/lib/dashboards/schema";
import type { AssessmentStatus, AssessorType, Priority, StateResponseStatus } from "@/lib/vocab";

/** How the figures are computed: at which moment (both clocks), whose assessments, since when "stale". */
export interface DashboardOptions {
  /** Status in the world on that day. */
  on?: string;
  /** As recorded in the tracker at the end of that day. */
  asOf?: string;
  assessor?: AssessorType;
  staleSince?: string;
}

/** Which recommendations are behind a number. */
export interface ListFilter {
  state?: StateResponseStatus;
  independent?: AssessmentStatus;
  priority?: Priority;
  section?: string;
  institution?: string;
  noFollowUp?: boolean;
  fullyOrMostly?: boolean;
  stale?: boolean;
}

export function optionsOf(p: DashboardParams): DashboardOptions {
  return { on: p.on, asOf: p.asOf, assessor: p.assessor, staleSince: p.staleSince };
}

export function filterOf(p: DashboardParams): ListFilter {
  return {
    state: p.state as StateResponseStatus | undefined,
    independent: p.independent as AssessmentStatus | undefined,
    priority: p.priority,
    section: p.section,
    institution: p.institution,
    noFollowUp: p.noFollowUp === "1" || undefined,
    fullyOrMostly: p.fullyOrMostly === "1" || undefined,
    stale: p.stale === "1" || undefined,
  };
}

/** "?state=…&on=…&asOf=…" (filters first, then options, then the page; empty values left out), or "". */
export function queryOf(o: DashboardOptions, f: ListFilter = {}, page?: number): string {
  const q = new URLSearchParams();
  const put = (k: string, v: string | boolean | undefined) => {
    if (v === true) q.set(k, "1");
    else if (typeof v === "string" && v !== "") q.set(k, v);
  };
  put("state", f.state);
  put("independent", f.independent);
  put("priority", f.priority);
  put("section", f.section);
  put("institution", f.institution);
  put("noFollowUp", f.noFollowUp);
  put("fullyOrMostly", f.fullyOrMostly);
  put("stale", f.stale);
  put("on", o.on);
  put("asOf", o.asOf);
  put("assessor", o.assessor);
  put("staleSince", o.staleSince);
  if (page !== undefined && page > 1) q.set("page", String(page));
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** The overview has no "stale since" option; it has pages. */
export const overviewHref = (o: DashboardOptions, page?: number) =>
  `/dashboards${queryOf({ on: o.on, asOf: o.asOf, assessor: o.assessor }, {}, page)}`;
export const recurringHref = (o: DashboardOptions) =>
  `/dashboards/recurring${queryOf({ on: o.on, asOf: o.asOf, assessor: o.assessor })}`;
export const cycleDashboardHref = (slug: string, o: DashboardOptions) =>
  `/dashboards/${encodeURIComponent(slug)}${queryOf(o)}`;
export const listHref = (slug: string, o: DashboardOptions, f: ListFilter) =>
  `/dashboards/${encodeURIComponent(slug)}/list${queryOf(o, f)}`;

/** The filter for one status of one lens. */
export function lensFilter(lens: "state" | "independent", code: string): ListFilter {
  return lens === "state" ? { state: code as StateResponseStatus } : { independent: code as AssessmentStatus };
}

/** "?on=…&asOf=…" only: the moment, for pages outside the dashboards. */
export function momentOnlyQuery(o: Pick<DashboardOptions, "on" | "asOf">): string {
  return queryOf({ on: o.on, asOf: o.asOf });
}
/** The cycle page and a recommendation's page, at the same moment. */
export const cycleHref = (slug: string, o: Pick<DashboardOptions, "on" | "asOf">) =>
  `/cycles/${encodeURIComponent(slug)}${momentOnlyQuery(o)}`;
export const recommendationHref = (id: string, o: Pick<DashboardOptions, "on" | "asOf">) =>
  `/recommendations/${encodeURIComponent(id)}${momentOnlyQuery(o)}`;
