// Every server action has its property test: an action declared in lib/<domain>/actions.ts that no
// lib/actions/fuzz-*.test.ts drives fails here (add its name to lib/test/fuzz/areas.ts).
import { describe, expect, it } from "vitest";
import { AREAS } from "@/lib/test/fuzz/areas";
import { allActions, fieldsOf } from "@/lib/test/fuzz/forms";

describe("property-test coverage of the server actions", () => {
  const declared = allActions();
  const covered = Object.values(AREAS).flat();

  it("finds the actions (the glob over lib/*/actions.ts works)", () => {
    expect(declared.size).toBeGreaterThan(30);
  });

  it("every declared action is driven by exactly one property test", () => {
    expect([...declared.keys()].filter((n) => !covered.includes(n))).toEqual([]);
    expect(covered.filter((n) => !declared.has(n))).toEqual([]);
    expect(new Set(covered).size).toBe(covered.length);
  });

  it("every action's form fields can be read off its schema (the generator fills them)", () => {
    for (const [name, c] of declared) {
      // A form with no fields at all (e.g. "mark all as read") is declared as an empty object.
      const empty = (c.schema as { _zod?: { def?: { type?: string; shape?: object } } })._zod?.def;
      if (empty?.type === "object" && Object.keys(empty.shape ?? {}).length === 0) continue;
      expect(Object.keys(fieldsOf(c.schema)).length, name).toBeGreaterThan(0);
    }
  });
});
