import { describe, expect, it } from "vitest";
import { optionalText, plainText, requiredDate, saneDay, unsafeTextFields } from "./validation";

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

describe("input hygiene", () => {
  const messages = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message);
  it("refuses NUL bytes and text-direction overrides with a clear message", () => {
    for (const bad of ["before\u0000after", "abc\u202Edcba", "x\u2066y\u2069", "\u202Aembedded"])
      expect(messages(plainText("Text", 100).safeParse(bad))).toEqual([
        "Text contains an invisible control character (a NUL byte or a text-direction override): remove it",
      ]);
    // Ordinary Cyrillic, typographic quotes, a right-to-left mark (not an override) are fine.
    expect(plainText("Text", 100).parse("«Центризбирком» \u200F ok")).toBe("«Центризбирком» \u200F ok");
  });
  it("names every form field holding such characters, whatever its schema", () => {
    expect(unsafeTextFields({ title: "ok", body: "a\u0000b", tags: ["x", "y\u202Ez"] })).toEqual({
      body: [expect.stringContaining("invisible control character")],
      tags: [expect.stringContaining("invisible control character")],
    });
    expect(unsafeTextFields({ title: "Recommendation 3(a)" })).toEqual({});
  });
  it("refuses days the database cannot store or nobody means: year 0000, before 1900, after 2100", () => {
    expect(messages(saneDay("Date").safeParse("0000-01-01"))).toEqual(["Date must be between 1900 and 2100"]);
    expect(messages(saneDay("Date").safeParse("1899-12-31"))).toEqual(["Date must be between 1900 and 2100"]);
    expect(messages(saneDay("Date").safeParse("2101-01-01"))).toEqual(["Date must be between 1900 and 2100"]);
    expect(messages(saneDay("Date").safeParse("2011-02-30"))).toEqual(["Date is not a real date"]);
    expect(saneDay("Date").parse("2011-07-13")).toBe("2011-07-13");
    expect(messages(requiredDate("Date").safeParse("0000-01-01"))).toEqual(["Date must be after 1990"]);
    expect(messages(requiredDate("Date").safeParse("9999-12-31"))).toEqual(["Date must be before 2101"]);
  });
});
