import { describe, expect, it } from "vitest";
import { readingOf } from "./reading";
import type { TextIn } from "./queries";

const original: TextIn = {
  text: "To preserve the secrecy of the vote…",
  language: "EN",
  isOriginal: true,
  kind: "ORIGINAL",
  translator: null,
  source: null,
  requested: "EN",
  originalLanguage: "EN",
};
const working: TextIn = {
  ...original,
  text: "Для сохранения тайны голосования…",
  language: "RU",
  isOriginal: false,
  kind: "WORKING",
  translator: "Eve Editor",
  requested: "RU",
};
const available = [
  { language: "RU" as const, kind: "WORKING" as const },
  { language: "KK" as const, kind: "OFFICIAL" as const },
];

describe("the reading-language box", () => {
  it("names the original and links to every translation with a shareable address", () => {
    const r = readingOf(original, available, "/recommendations/abc", { on: "2012-01-01" });
    expect(r.note).toBe("Original, English");
    expect(r.missing).toBeNull();
    expect(r.options).toEqual([
      { code: "en", label: "Original (English)", href: "/recommendations/abc?on=2012-01-01", current: true },
      {
        code: "ru",
        label: "Russian, working translation",
        href: "/recommendations/abc?on=2012-01-01&text=ru",
        current: false,
      },
      {
        code: "kk",
        label: "Kazakh, official translation",
        href: "/recommendations/abc?on=2012-01-01&text=kk",
        current: false,
      },
    ]);
  });

  it("marks a working translation as not official and links back to the original", () => {
    const r = readingOf(working, available, "/recommendations/abc");
    expect(r.note).toBe("Working translation into Russian by Eve Editor, not official");
    expect(r.kind).toBe("WORKING");
    expect(r.options.find((o) => o.current)?.code).toBe("ru");
    expect(r.options[0]).toMatchObject({ label: "Original (English)", href: "/recommendations/abc" });
  });

  it("says when the language asked for has no translation and the original is shown", () => {
    const r = readingOf({ ...original, requested: "KK" }, [], "/recommendations/abc");
    expect(r.note).toBe("Original, English");
    expect(r.missing).toBe("This text has no translation into Kazakh: the original is shown.");
    expect(r.options).toHaveLength(1);
  });
});
