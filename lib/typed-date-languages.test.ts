// Typed dates per interface language: what each language's hint tells people to type, and the dates each
// language's pages show (lib/i18n/format.ts), read back as the same day; ISO is read in every language.
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import { formatDate, formatMonth } from "./i18n/format";
import type { Locale } from "./i18n/locales";
import { normalizeTypedDate, parseTypedDay } from "./typed-date";

const HINTS: Record<Locale, string> = { en: en.forms.dayHint, ru: ru.forms.dayHint, kk: kk.forms.dayHint };
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

describe.each(["en", "ru", "kk"] as const)("typed dates in %s", (locale) => {
  it("reads the dates its pages show, every month, as the same day", () => {
    for (const m of MONTHS) {
      const shown = formatDate(utc(2011, m, 13), locale);
      expect(parseTypedDay(shown), shown).toBe(`2011-${String(m).padStart(2, "0")}-13`);
    }
    expect(parseTypedDay(formatDate(utc(2005, 12, 4), locale))).toBe("2005-12-04");
  });

  it("reads the months its pages show", () => {
    for (const m of MONTHS) {
      const shown = formatMonth(utc(2012, m, 1), locale);
      expect(normalizeTypedDate(shown), shown).toBe(`2012-${String(m).padStart(2, "0")}`);
    }
  });

  it("reads every example its hint gives, and ISO dates always", () => {
    const examples = HINTS[locale].match(/\d{1,2}\.\d{2}\.\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2} \p{L}+ \d{4}/gu) ?? [];
    expect(examples.length).toBeGreaterThan(0);
    for (const e of examples) expect(parseTypedDay(e), e).toBe("2011-07-13");
    expect(parseTypedDay("2011-07-13")).toBe("2011-07-13");
    expect(normalizeTypedDate("2011-07")).toBe("2011-07");
  });
});

describe("each language's own way of typing a date", () => {
  it("hints at the order of day, month and year in the reader's words", () => {
    expect(ru.forms.dayHint).toContain("ДД.ММ.ГГГГ");
    expect(kk.forms.dayHint).toContain("КК.АА.ЖЖЖЖ");
    expect(en.forms.dayHint).toContain("13 July 2011");
  });

  it("reads Russian dates as typed: dotted, with the month in words, with «г.» or «года»", () => {
    for (const typed of [
      "13.07.2011",
      "13.7.2011",
      "13 июля 2011",
      "13 июля 2011 г.",
      "13 июля 2011 года",
      "13 июл. 2011",
    ])
      expect(parseTypedDay(typed), typed).toBe("2011-07-13");
    expect(normalizeTypedDate("07.2011")).toBe("2011-07");
    expect(normalizeTypedDate("июль 2011 г.")).toBe("2011-07");
  });

  it("reads Kazakh dates as typed: dotted, year first with «ж.» or «жылғы», or day first", () => {
    for (const typed of ["13.07.2011", "2011 ж. 13 шілде", "2011 жылғы 13 шілде", "2011 ж 13 шілде", "13 шілде 2011"])
      expect(parseTypedDay(typed), typed).toBe("2011-07-13");
    expect(parseTypedDay("2012 ж. 15 қаңтар")).toBe("2012-01-15");
    expect(normalizeTypedDate("2011 ж. шілде")).toBe("2011-07");
    expect(normalizeTypedDate("2011 жылғы сәуір")).toBe("2011-04");
  });

  it("refuses what is not a real day, and the hint's pattern itself, in every language", () => {
    for (const bad of [
      "30.02.2011",
      "2011 ж. 31 ақпан",
      "31 июня 2011",
      "ДД.ММ.ГГГГ",
      "КК.АА.ЖЖЖЖ",
      "2011 ж. 13 жылдыз",
    ])
      expect(normalizeTypedDate(bad), bad).toBeNull();
  });
});
