import { describe, expect, it } from "vitest";
import { currentAssessments } from "./current-status";

const a = (assessorType: "ODIHR_MISSION" | "CIVIL_SOCIETY", day: string, status: "NOT_IMPLEMENTED" | "PARTIALLY_IMPLEMENTED" | "FULLY_IMPLEMENTED", created = day) => ({
  assessorType, status, assessedOn: new Date(`${day}T00:00:00Z`), createdAt: new Date(`${created}T12:00:00Z`),
});

describe("current assessment per assessor", () => {
  it("takes the latest assessment date of each assessor type", () => {
    const r = currentAssessments([a("ODIHR_MISSION", "2012-04-03", "NOT_IMPLEMENTED"), a("ODIHR_MISSION", "2016-01-01", "PARTIALLY_IMPLEMENTED"), a("CIVIL_SOCIETY", "2013-01-01", "FULLY_IMPLEMENTED")]);
    expect(r.map((x) => [x.assessorType, x.status])).toEqual([["CIVIL_SOCIETY", "FULLY_IMPLEMENTED"], ["ODIHR_MISSION", "PARTIALLY_IMPLEMENTED"]]);
  });
  it("breaks ties on the same date by the later entry", () => {
    const r = currentAssessments([a("ODIHR_MISSION", "2012-04-03", "FULLY_IMPLEMENTED", "2012-05-01"), a("ODIHR_MISSION", "2012-04-03", "NOT_IMPLEMENTED", "2012-04-04")]);
    expect(r.map((x) => x.status)).toEqual(["FULLY_IMPLEMENTED"]);
  });
  it("is empty without assessments", () => {
    expect(currentAssessments([])).toEqual([]);
  });
});
