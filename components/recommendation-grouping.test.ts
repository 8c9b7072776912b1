import { describe, expect, it } from "vitest";
import { groupRecommendations, orderSections, renderedOrder, withLeadIns } from "./recommendation-grouping";

// A small report shaped like 2011: section A with a lead-in; section B whose
// items sit under topics (topic `order` restarts at 1, as in the database).
const sections = [
  { id: "sB", key: "B", title: "B. Other", leadIn: null, order: 2, parentId: null },
  { id: "tMedia", key: "B/media", title: "Media", leadIn: null, order: 2, parentId: "sB" },
  { id: "sA", key: "A", title: "A. Priority", leadIn: "This includes:", order: 1, parentId: null },
  { id: "tLegal", key: "B/legal", title: "Legal framework", leadIn: null, order: 1, parentId: "sB" },
  { id: "sC", key: "C", title: "C. Empty", leadIn: null, order: 3, parentId: null },
];

const shared = "Guaranteeing inclusive composition … consideration could be given to";
const rec = (label: string, number: number, sectionId: string | null, leadIn: string | null = null) => ({
  id: `r${label}`,
  label,
  number,
  sectionId,
  leadIn,
});
const recs = [
  rec("1", 1, "sA"),
  rec("2(a)", 2, "sA", shared),
  rec("2(b)", 2, "sA", shared),
  rec("2(c)", 2, "sA", shared),
  rec("3(a)", 3, "sA"),
  rec("3(b)", 3, "sA"),
  rec("4", 4, "tLegal"),
  rec("5(a)", 5, "tMedia", "Media lead-in"),
  rec("5(b)", 5, "tMedia", "Media lead-in"),
];

describe("orderSections", () => {
  it("orders depth-first, sorting siblings by their own order", () => {
    expect(orderSections(sections).map((o) => `${o.depth}:${o.section.key}`)).toEqual([
      "0:A",
      "0:B",
      "1:B/legal",
      "1:B/media",
      "0:C",
    ]);
  });
});

describe("groupRecommendations", () => {
  it("groups items by section and topic in report order", () => {
    const g = groupRecommendations(sections, recs);
    expect(g.groups.map((x) => x.section.key)).toEqual(["A", "B"]);
    expect(g.groups[1]!.items).toEqual([]);
    expect(g.groups[1]!.topics.map((t) => [t.section.key, t.depth])).toEqual([
      ["B/legal", 1],
      ["B/media", 1],
    ]);
    expect(renderedOrder(g)).toEqual(recs.map((r) => r.label));
  });

  it("keeps the section lead-in on the section, not on the items", () => {
    const g = groupRecommendations(sections, recs);
    expect(g.groups[0]!.section.leadIn).toBe("This includes:");
    expect(g.groups[0]!.items[0]!.leadIn).toBeNull();
  });

  it("prints a shared lead-in once, before the first lettered part", () => {
    const items = groupRecommendations(sections, recs).groups[0]!.items;
    expect(items.map((i) => [i.rec.label, i.leadIn])).toEqual([
      ["1", null],
      ["2(a)", shared],
      ["2(b)", null],
      ["2(c)", null],
      ["3(a)", null],
      ["3(b)", null],
    ]);
  });

  it("moves the lead-in to the first visible part when a filter hides the first", () => {
    const filtered = recs.filter((r) => !["2(a)", "5(a)"].includes(r.label));
    const g = groupRecommendations(sections, filtered);
    const a = g.groups[0]!.items.map((i) => [i.rec.label, i.leadIn]);
    expect(a).toContainEqual(["2(b)", shared]);
    expect(a).toContainEqual(["2(c)", null]);
    expect(g.groups[1]!.topics[1]!.items[0]).toMatchObject({ rec: { label: "5(b)" }, leadIn: "Media lead-in" });
  });

  it("drops empty sections and topics in filtered views, keeps them on request", () => {
    const onlyMedia = recs.filter((r) => r.sectionId === "tMedia");
    const g = groupRecommendations(sections, onlyMedia);
    expect(g.groups.map((x) => x.section.key)).toEqual(["B"]);
    expect(g.groups[0]!.topics.map((t) => t.section.key)).toEqual(["B/media"]);
    const all = groupRecommendations(sections, onlyMedia, { keepEmpty: true });
    expect(all.groups.map((x) => x.section.key)).toEqual(["A", "B", "C"]);
  });

  it("keeps items without a known section apart instead of losing them", () => {
    const g = groupRecommendations([], [rec("17", 17, null), rec("18", 18, "gone")]);
    expect(g.groups).toEqual([]);
    expect(renderedOrder(g)).toEqual(["17", "18"]);
  });
});

describe("withLeadIns", () => {
  it("starts a new lead-in when the number changes even if the text repeats", () => {
    const out = withLeadIns([rec("2(a)", 2, "s", "x"), rec("3(a)", 3, "s", "x")]);
    expect(out.map((i) => i.leadIn)).toEqual(["x", "x"]);
  });
});
