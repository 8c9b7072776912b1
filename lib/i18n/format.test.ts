import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMonth, formatNumber, formatPercent, isoDay } from "./format";
import { LOCALES } from "./locales";

// Intl separates thousands with a no-break (U+00A0) or narrow no-break space (U+202F): compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const day = new Date(Date.UTC(2011, 3, 3));

describe("formatDate", () => {
  it("has one format per language", () => {
    expect(formatDate(day, "en")).toBe("3 April 2011");
    expect(formatDate(day, "ru")).toBe("3 апреля 2011 г.");
    expect(formatDate(day, "kk")).toBe("2011 ж. 3 сәуір");
    expect(formatDate(day)).toBe("3 April 2011");
  });

  it("formats calendar days in UTC, whatever the server's zone", () => {
    const lastMinute = new Date(Date.UTC(2011, 11, 31, 23, 59));
    for (const l of LOCALES) expect(formatDate(lastMinute, l)).toContain("2011");
    expect(formatDate(lastMinute, "en")).toBe("31 December 2011");
  });
});

describe("formatMonth and formatDateTime", () => {
  it("name the month in the language", () => {
    expect(formatMonth(day, "en")).toBe("April 2011");
    expect(formatMonth(day, "ru")).toBe("апрель 2011 г.");
    expect(formatMonth(day, "kk")).toBe("2011 ж. сәуір");
  });

  it("give the time in UTC, 24-hour", () => {
    const t = new Date(Date.UTC(2011, 3, 3, 21, 5, 9));
    expect(formatDateTime(t, "en")).toContain("21:05:09");
    expect(formatDateTime(t, "ru")).toContain("21:05:09");
    expect(formatDateTime(t, "kk")).toContain("21:05:09");
    expect(formatDateTime(t, "ru")).toContain("3 апреля 2011");
  });

  it("keeps the machine form separate", () => {
    expect(isoDay(day)).toBe("2011-04-03");
  });
});

describe("numbers and percentages", () => {
  it("group and mark decimals the language's way", () => {
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
    expect(plain(formatNumber(1234567.5, "ru"))).toBe("1 234 567,5");
    expect(plain(formatNumber(1234567.5, "kk"))).toBe("1 234 567,5");
  });

  it("round a share to a whole percentage", () => {
    expect(formatPercent(0.425, "en")).toBe("43%");
    expect(plain(formatPercent(0.425, "ru"))).toBe("43 %");
    expect(plain(formatPercent(0.425, "kk"))).toBe("43%");
    expect(formatPercent(1, "en")).toBe("100%");
  });
});
