import { describe, expect, it } from "vitest";
import { parseCycleFilter } from "./schema";

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
});
