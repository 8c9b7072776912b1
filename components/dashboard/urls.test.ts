import { describe, expect, it } from "vitest";
import { parseDashboardParams } from "@/lib/dashboards/schema";
import { cycleDashboardHref, filterOf, lensFilter, listHref, optionsOf, overviewHref, queryOf, recurringHref } from "./urls";

describe("dashboard URLs", () => {
  it("put filters first, then options, and leave out empty values", () => {
    expect(queryOf({})).toBe("");
    expect(queryOf({ asOf: "2012-04-03", assessor: "ODIHR_MISSION" }, { state: "IMPLEMENTED", independent: "NOT_IMPLEMENTED" })).toBe(
      "?state=IMPLEMENTED&independent=NOT_IMPLEMENTED&asOf=2012-04-03&assessor=ODIHR_MISSION",
    );
    expect(queryOf({ staleSince: "2012-01-01" }, { stale: true, noFollowUp: false })).toBe("?stale=1&staleSince=2012-01-01");
  });

  it("build the links of each page", () => {
    const o = { asOf: "2012-04-03", assessor: "CIVIL_SOCIETY" as const, staleSince: "2012-01-01" };
    expect(overviewHref(o)).toBe("/dashboards?asOf=2012-04-03&assessor=CIVIL_SOCIETY");
    expect(recurringHref({})).toBe("/dashboards/recurring");
    expect(cycleDashboardHref("kz-2011", o)).toBe("/dashboards/kz-2011?asOf=2012-04-03&assessor=CIVIL_SOCIETY&staleSince=2012-01-01");
    expect(listHref("kz-2011", {}, { priority: "PRIORITY", noFollowUp: true })).toBe("/dashboards/kz-2011/list?priority=PRIORITY&noFollowUp=1");
    expect(listHref("kz-2011", { asOf: "2012-04-03" }, { fullyOrMostly: true })).toBe("/dashboards/kz-2011/list?fullyOrMostly=1&asOf=2012-04-03");
    expect(lensFilter("state", "CANNOT_BE_ACCEPTED")).toEqual({ state: "CANNOT_BE_ACCEPTED" });
    expect(lensFilter("independent", "NOT_YET_ASSESSED")).toEqual({ independent: "NOT_YET_ASSESSED" });
  });

  it("round-trip through the URL parser", () => {
    const o = { asOf: "2012-04-03", assessor: "ODIHR_MISSION" as const, staleSince: "2011-06-16" };
    const f = { state: "IMPLEMENTED" as const, independent: "PARTIALLY_IMPLEMENTED" as const, stale: true as const };
    const href = listHref("kz-2011", o, f);
    const { params, invalid } = parseDashboardParams(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(invalid).toEqual([]);
    expect(optionsOf(params)).toEqual(o);
    expect(filterOf(params)).toEqual({ ...f, priority: undefined, section: undefined, institution: undefined, noFollowUp: undefined });
  });
});
