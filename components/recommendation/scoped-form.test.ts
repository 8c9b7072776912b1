import { describe, expect, it } from "vitest";
import { scopeErrors, unscope, withHiddenErrors } from "./scoped-form";

describe("scoped form fields", () => {
  it("removes the form's prefix and keeps other fields as they are", () => {
    const form = new FormData();
    form.append("a1-status", "NOT_IMPLEMENTED");
    form.append("a1-reason", "Typo");
    form.append("id", "abc");
    form.append("version", "2");
    expect([...unscope(form, "a1-").entries()]).toEqual([
      ["status", "NOT_IMPLEMENTED"],
      ["reason", "Typo"],
      ["id", "abc"],
      ["version", "2"],
    ]);
  });
  it("keys the action's errors by the prefixed names", () => {
    expect(scopeErrors({ reason: ["Give a reason"] }, "a1-")).toEqual({ "a1-reason": ["Give a reason"] });
  });
});

describe("errors of hidden fields", () => {
  it("are announced with the form-level errors", () => {
    const state = {
      status: "error" as const,
      message: "Nothing was saved.",
      values: {},
      fieldErrors: { version: ["The form is missing its version"], reason: ["Give a reason"] },
    };
    expect(withHiddenErrors(state, ["reason"]).fieldErrors).toEqual({
      version: ["The form is missing its version"],
      reason: ["Give a reason"],
      form: ["The form is missing its version"],
    });
    expect(withHiddenErrors(state, ["reason", "version"])).toBe(state);
    const ok = { status: "ok" as const, message: "Saved" };
    expect(withHiddenErrors(ok, [])).toBe(ok);
  });
});
