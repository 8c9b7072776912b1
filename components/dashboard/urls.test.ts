import { describe, expect, it } from "vitest";
import { parseDashboardParams } from "@/lib/dashboards/schema";
import {
  cycleDashboardHref,
  cycleHref,
  filterOf,
  lensFilter,
  listHref,
  optionsOf,
  overviewHref,
  queryOf,
  recommendationHref,
  recurringHref,
} from "./urls";

describe("dashboard URLs", () => {
  it("put filters first, then options, and leave out empty values", () => {
    expect(queryOf({})).toBe("");
    expect(
      queryOf(
        { asOf: "2012-04-03", assessor: "ODIHR_MISSION" },
        { state: "IMPLEMENTED", independent: "NOT_IMPLEMENTED" },
      ),
    ).toBe("?state=IMPLEMENTED&independent=NOT_IMPLEMENTED&asOf=2012-04-03&assessor=ODIHR_MISSION");
    expect(queryOf({ staleSince: "2012-01-01" }, { stale: true, noFollowUp: false })).toBe(
      "?stale=1&staleSince=2012-01-01",
    );
    expect(queryOf({ on: "2012-06-01", asOf: "2026-01-02" }, { state: "IMPLEMENTED" }, 3)).toBe(
      "?state=IMPLEMENTED&on=2012-06-01&asOf=2026-01-02&page=3",
    );
    expect(queryOf({}, {}, 1)).toBe("");
  });

  it("build the links of each page", () => {
    const o = { asOf: "2012-04-03", assessor: "CIVIL_SOCIETY" as const, staleSince: "2012-01-01" };
    expect(overviewHref(o)).toBe("/dashboards?asOf=2012-04-03&assessor=CIVIL_SOCIETY");
    expect(overviewHref({ on: "2012-06-01" }, 2)).toBe("/dashboards?on=2012-06-01&page=2");
    expect(cycleHref("kz-2011", { on: "2012-06-01", asOf: "2026-01-02" })).toBe(
      "/cycles/kz-2011?on=2012-06-01&asOf=2026-01-02",
    );
    expect(recommendationHref("abc", {})).toBe("/recommendations/abc");
    expect(recurringHref({})).toBe("/dashboards/recurring");
    expect(cycleDashboardHref("kz-2011", o)).toBe(
      "/dashboards/kz-2011?asOf=2012-04-03&assessor=CIVIL_SOCIETY&staleSince=2012-01-01",
    );
    expect(listHref("kz-2011", {}, { priority: "PRIORITY", noFollowUp: true })).toBe(
      "/dashboards/kz-2011/list?priority=PRIORITY&noFollowUp=1",
    );
    expect(listHref("kz-2011", { asOf: "2012-04-03" }, { fullyOrMostly: true })).toBe(
      "/dashboards/kz-2011/list?fullyOrMostly=1&asOf=2012-04-03",
    );
    expect(lensFilter("state", "CANNOT_BE_ACCEPTED")).toEqual({ state: "CANNOT_BE_ACCEPTED" });
    expect(lensFilter("independent", "NOT_YET_ASSESSED")).toEqual({ independent: "NOT_YET_ASSESSED" });
  });

  it("round-trip through the URL parser", () => {
    const o = { on: "2012-06-01", asOf: "2012-04-03", assessor: "ODIHR_MISSION" as const, staleSince: "2011-06-16" };
    const f = { state: "IMPLEMENTED" as const, independent: "PARTIALLY_IMPLEMENTED" as const, stale: true as const };
    const href = listHref("kz-2011", o, f);
    const { params, invalid } = parseDashboardParams(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(invalid).toEqual([]);
    expect(optionsOf(params)).toEqual(o);
    expect(filterOf(params)).toEqual({
      ...f,
      priority: undefined,
      section: undefined,
      institution: undefined,
      noFollowUp: undefined,
    });
  });

  it("name invalid moments and pages, and ignore them", () => {
    const { params, invalid } = parseDashboardParams({
      on: "2012-13-01",
      asOf: "tomorrow",
      page: "0",
      assessor: "ODIHR_MISSION",
    });
    expect(invalid).toEqual(["on", "asOf", "page"]);
    expect(params).toEqual({ assessor: "ODIHR_MISSION" });
    expect(parseDashboardParams({ on: "3000-01-01" }).invalid).toEqual(["on"]);
    expect(parseDashboardParams({ page: "2" }).params.page).toBe(2);
  });
});
