import { describe, expect, it } from "vitest";
import { optionalText, plainText } from "./validation";

describe("plain text fields", () => {
  it("store a textarea's CRLF line breaks as LF, so an untouched field is not a change", () => {
    expect(plainText("Text", 100).parse("First paragraph.\r\n\r\nSecond.\rThird.")).toBe(
      "First paragraph.\n\nSecond.\nThird.",
    );
    expect(optionalText("Text", 100).parse("  \r\n ")).toBeUndefined();
  });
  it("give one clear message when empty, too long or holding HTML", () => {
    expect(
      plainText("Text", 5)
        .safeParse("")
        .error?.issues.map((i) => i.message),
    ).toEqual(["Text is required"]);
    expect(
      plainText("Text", 5)
        .safeParse("abcdef")
        .error?.issues.map((i) => i.message),
    ).toEqual(["Text must be at most 5 characters"]);
    expect(
      plainText("Text", 50)
        .safeParse("<script>x</script>")
        .error?.issues.map((i) => i.message),
    ).toEqual(["Text must be plain text, without HTML tags such as <script>"]);
  });
});
