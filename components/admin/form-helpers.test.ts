import { describe, expect, it } from "vitest";
import type { ActionState } from "@/lib/actions/result";
import { dateInputValue, inviteLink, withHiddenErrors } from "./form-helpers";

describe("withHiddenErrors", () => {
  const error: ActionState = {
    status: "error",
    message: "Please correct the highlighted fields. Nothing was saved.",
    fieldErrors: {
      token: ["This invitation link has expired or was already used."],
      name: ["Enter your name"],
      form: ["Last admin."],
    },
    values: {},
    correctFields: true,
  };
  it("moves errors of fields without a control into the form errors", () => {
    const out = withHiddenErrors(error, ["name", "password"]);
    expect(out.status === "error" && out.fieldErrors.form).toEqual([
      "Last admin.",
      "This invitation link has expired or was already used.",
    ]);
    expect(out.status === "error" && out.fieldErrors.name).toEqual(["Enter your name"]);
    expect(out.status === "error" && out.message).toBe(error.status === "error" && error.message);
  });
  it("does not speak of highlighted fields when none is highlighted", () => {
    const lastAdmin: ActionState = {
      status: "error",
      message: "Please correct the highlighted fields. Nothing was saved.",
      fieldErrors: { form: ["Last admin."] },
      values: {},
      correctFields: true,
    };
    const out = withHiddenErrors(lastAdmin, ["reason"]);
    expect(out.status === "error" && out.message).toBe("Nothing was saved.");
    // In the reader's language: the form passes the words (a translated message cannot be recognised by its text).
    const inRussian = { ...lastAdmin, message: "Исправьте выделенные поля. Ничего не сохранено." };
    expect(withHiddenErrors(inRussian, ["reason"], "Ничего не сохранено.")).toMatchObject({
      message: "Ничего не сохранено.",
    });
    expect(out.status === "error" && out.fieldErrors.form).toEqual(["Last admin."]);
    const other: ActionState = {
      status: "error",
      message: "You do not have permission to do this. Nothing was saved.",
      fieldErrors: { form: ["Last admin."] },
      values: {},
    };
    expect(withHiddenErrors(other, ["reason"])).toBe(other);
  });
  it("leaves other states alone", () => {
    expect(withHiddenErrors({ status: "idle" }, [])).toEqual({ status: "idle" });
    const ok: ActionState = { status: "ok", message: "Saved." };
    expect(withHiddenErrors(ok, [])).toBe(ok);
    const shown = withHiddenErrors(error, ["token", "name"]);
    expect(shown).toBe(error);
  });
});

describe("dateInputValue", () => {
  it("gives the UTC calendar day of a stored date", () => {
    expect(dateInputValue(new Date("2011-04-03T00:00:00.000Z"))).toBe("2011-04-03");
    expect(dateInputValue("2012-01-15T00:00:00.000Z")).toBe("2012-01-15");
  });
  it("is empty for a missing or broken date", () => {
    expect(dateInputValue(null)).toBe("");
    expect(dateInputValue(undefined)).toBe("");
    expect(dateInputValue("not a date")).toBe("");
  });
});

describe("inviteLink", () => {
  it("joins origin and token", () => {
    expect(inviteLink("http://127.0.0.1:3100", "abc_DEF-123")).toBe("http://127.0.0.1:3100/invite/abc_DEF-123");
    expect(inviteLink("https://tracker.example/", "t")).toBe("https://tracker.example/invite/t");
  });
});
