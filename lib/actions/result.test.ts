import { describe, expect, it } from "vitest";
import { CycleFieldsSchema } from "@/lib/cycles/edit";
import { invalid } from "./result";

function refused(values: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) form.set(k, v);
  const parsed = CycleFieldsSchema.safeParse(Object.fromEntries(form));
  if (parsed.success) throw new Error("expected the form to be refused");
  const state = invalid(parsed.error, form);
  if (state.status !== "error") throw new Error("expected an error state");
  return state.fieldErrors;
}

describe("one message per field: the first rule that fails", () => {
  it("gives an empty required date one message, not four", () => {
    expect(refused({ title: "Early presidential election", electionDate: "" }).electionDate).toEqual([
      "Election date is required",
    ]);
  });

  it("keeps the first failing rule of a text over its limit that also holds HTML, and of a count", () => {
    const errors = refused({
      title: `<script>${"x".repeat(400)}`,
      electionDate: "2011-04-03",
      recommendationCount: "0.5",
    });
    expect(errors.title).toEqual(["Title must be at most 300 characters"]);
    expect(errors.recommendationCount).toEqual(["Number of recommendations must be a whole number"]);
    expect(Object.values(errors).every((m) => m.length === 1)).toBe(true);
  });
});
