import { describe, expect, it } from "vitest";
import { matches, typedMention } from "./mention-match";

const people = [
  { label: "Ada Admin", insert: "@[Ada Admin]" },
  { label: "Ed Smith (ed@x.org)", insert: "@[Ed Smith (ed@x.org)]" },
  { label: "Eve Editor", insert: "@[Eve Editor]" },
];

describe("typing a mention", () => {
  it("finds the mention before the caret, at a word start only", () => {
    expect(typedMention("Ask @ad")).toEqual({ start: 4, query: "ad", bracket: false });
    expect(typedMention("(@[Eve E")).toEqual({ start: 1, query: "Eve E", bracket: true });
    expect(typedMention("@")).toEqual({ start: 0, query: "", bracket: false });
    expect(typedMention("write to cec@elec")).toBeNull();
    expect(typedMention("done @[Ada Admin] ")).toBeNull();
  });
  it("matches the start of the name or of any of its words", () => {
    expect(matches(people, "e").map((p) => p.label)).toEqual(["Ed Smith (ed@x.org)", "Eve Editor"]);
    expect(matches(people, "edi").map((p) => p.label)).toEqual(["Eve Editor"]);
    expect(matches(people, "Ada A").map((p) => p.label)).toEqual(["Ada Admin"]);
    expect(matches(people, "zz")).toEqual([]);
  });
});
