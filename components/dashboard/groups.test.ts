import { describe, expect, it } from "vitest";
import { consecutiveGroups, groupSlug } from "./groups";

describe("row groups", () => {
  it("groups consecutive rows, keeping their order", () => {
    const rows = [
      { c: "Kazakhstan", y: 2005 },
      { c: "Kazakhstan", y: 2007 },
      { c: "Kyrgyzstan", y: 2005 },
    ];
    expect(consecutiveGroups(rows, (r) => r.c).map((g) => [g.group, g.rows.map((r) => r.y)])).toEqual([
      ["Kazakhstan", [2005, 2007]],
      ["Kyrgyzstan", [2005]],
    ]);
    expect(consecutiveGroups(rows, () => undefined)).toEqual([{ group: null, rows }]);
    expect(consecutiveGroups([], (r: { c: string }) => r.c)).toEqual([]);
  });

  it("makes id-safe slugs of names", () => {
    expect(groupSlug("Bosnia and Herzegovina")).toBe("bosnia-and-herzegovina");
    expect(groupSlug("Côte d’Ivoire")).toBe("cote-d-ivoire");
    expect(groupSlug("…")).toBe("group");
  });
});
