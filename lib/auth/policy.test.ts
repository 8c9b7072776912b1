import { describe, expect, it } from "vitest";
import { canAdminister, canEdit, canRead, type SessionUser } from "./policy";

const user = (role: SessionUser["role"]): SessionUser => ({ id: "u", name: "U", email: "u@example.org", role });

describe("access policy", () => {
  it("reading needs a signed-in user unless PUBLIC_READ is on", () => {
    expect(canRead(null, false)).toBe(false);
    expect(canRead(null, true)).toBe(true);
    expect(canRead(user("VIEWER"), false)).toBe(true);
  });

  it("PUBLIC_READ never grants editing or administration", () => {
    expect(canEdit(null)).toBe(false);
    expect(canAdminister(null)).toBe(false);
  });

  it("editing is for editors and admins, administration for admins only", () => {
    expect([canEdit(user("VIEWER")), canEdit(user("EDITOR")), canEdit(user("ADMIN"))]).toEqual([false, true, true]);
    expect([canAdminister(user("VIEWER")), canAdminister(user("EDITOR")), canAdminister(user("ADMIN"))]).toEqual([
      false,
      false,
      true,
    ]);
  });
});
