import { describe, expect, it } from "vitest";
import { canOwn } from "./policy";

describe("who may own a recommendation", () => {
  it("editors, admins and contributors who are active; never viewers or deactivated accounts", () => {
    expect(canOwn({ role: "EDITOR", active: true })).toBe(true);
    expect(canOwn({ role: "ADMIN", active: true })).toBe(true);
    expect(canOwn({ role: "CONTRIBUTOR", active: true })).toBe(true);
    expect(canOwn({ role: "VIEWER", active: true })).toBe(false);
    expect(canOwn({ role: "EDITOR", active: false })).toBe(false);
  });
});
