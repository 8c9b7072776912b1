import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it("keeps relative paths", () => {
    expect(safeNextPath("/")).toBe("/");
    expect(safeNextPath("/cycles/kz-2011?status=IMPLEMENTED")).toBe("/cycles/kz-2011?status=IMPLEMENTED");
  });
  it.each([
    null,
    undefined,
    "",
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "evil",
    "javascript:alert(1)",
    "/\t/evil.example",
  ])("rejects %j", (v) => {
    expect(safeNextPath(v)).toBeNull();
  });
});
