import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import { missingNote, noteOf, optionLabel, readingOf, type Reading, type TranslationWords } from "./reading";
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

const words = (messages: typeof en, locale: string): TranslationWords =>
  createTranslator({ locale, messages, namespace: "translations" }) as unknown as TranslationWords;
const EN = words(en, "en");
const labels = (r: Reading, t = EN) => r.options.map((o) => optionLabel(t, o));

describe("the reading-language box", () => {
  it("names the original and links to every translation with a shareable address", () => {
    const r = readingOf(original, available, "/recommendations/abc", { on: "2012-01-01" });
    expect(noteOf(EN, r)).toBe("Original, English");
    expect(r.missing).toBeNull();
    expect(r.options.map((o) => [o.code, o.href, o.current])).toEqual([
      ["en", "/recommendations/abc?on=2012-01-01", true],
      ["ru", "/recommendations/abc?on=2012-01-01&text=ru", false],
      ["kk", "/recommendations/abc?on=2012-01-01&text=kk", false],
    ]);
    expect(labels(r)).toEqual(["Original (English)", "Russian, working translation", "Kazakh, official translation"]);
  });

  it("marks a working translation as not official and links back to the original", () => {
    const r = readingOf(working, available, "/recommendations/abc");
    expect(noteOf(EN, r)).toBe("Working translation into Russian by Eve Editor, not official");
    expect(r.kind).toBe("WORKING");
    expect(r.options.find((o) => o.current)?.code).toBe("ru");
    expect(r.options[0]).toMatchObject({ kind: "ORIGINAL", href: "/recommendations/abc" });
    expect(optionLabel(EN, r.options[0]!)).toBe("Original (English)");
  });

  it("says when the language asked for has no translation and the original is shown", () => {
    const r = readingOf({ ...original, requested: "KK" }, [], "/recommendations/abc");
    expect(noteOf(EN, r)).toBe("Original, English");
    expect(r.missing).toBe("KK");
    expect(missingNote(EN, r.missing!)).toBe("This text has no translation into Kazakh: the original is shown.");
    expect(r.options).toHaveLength(1);
  });

  it("says the same in Russian and Kazakh, naming an official translation and its translator", () => {
    const official = { language: "KK" as const, kind: "OFFICIAL" as const, translator: "ЦИК" };
    expect(noteOf(words(ru, "ru"), official)).toBe("Официальный перевод на казахский язык, переводчик: ЦИК");
    expect(noteOf(words(kk, "kk"), { ...official, kind: "WORKING" })).toBe(
      "ЦИК жасаған қазақ тіліне жұмыс аудармасы, ресми емес",
    );
    expect(noteOf(words(ru, "ru"), { language: "EN", kind: "ORIGINAL", translator: null })).toBe(
      "Оригинал, английский язык",
    );
  });
});
