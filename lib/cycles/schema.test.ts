import { describe, expect, it } from "vitest";
import { parseCycleFilter, parseListPage } from "./schema";

describe("cycle page filters from the URL", () => {
  it("keeps valid filters", () => {
    expect(parseCycleFilter({ section: "B/media", status: "IMPLEMENTED", priority: "OTHER" })).toEqual({
      filter: { section: "B/media", status: "IMPLEMENTED", priority: "OTHER" },
      invalid: [],
    });
  });

  it("drops and reports unknown values instead of passing them to the database", () => {
    expect(parseCycleFilter({ status: "DONE", section: "<script>", priority: ["PRIORITY", "OTHER"] })).toEqual({
      filter: { priority: "PRIORITY" },
      invalid: ["section", "status"],
    });
  });

  it("treats empty values as no filter", () => {
    expect(parseCycleFilter({ status: "", section: "" })).toEqual({ filter: {}, invalid: [] });
  });

  it("filters by the independent assessment too", () => {
    expect(parseCycleFilter({ independent: "NOT_YET_ASSESSED" })).toEqual({
      filter: { independent: "NOT_YET_ASSESSED" },
      invalid: [],
    });
    expect(parseCycleFilter({ independent: "IMPLEMENTED" })).toEqual({ filter: {}, invalid: ["independent"] });
  });
});

describe("the page of the cycle list", () => {
  it("reads a positive whole number, else reports it and shows the first page", () => {
    expect(parseListPage({})).toEqual({ page: 1, invalid: false });
    expect(parseListPage({ page: "3" })).toEqual({ page: 3, invalid: false });
    for (const bad of ["0", "-1", "2.5", "two", "1e9"])
      expect(parseListPage({ page: bad })).toEqual({ page: 1, invalid: true });
    expect(parseListPage({ page: ["2", "3"] })).toEqual({ page: 2, invalid: false });
  });
});
