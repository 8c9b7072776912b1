import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkDated, datedSchema, datedToForm, formatDated, parseSpan } from "./dated";

const TODAY = "2026-11-30";
const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

describe("real-world dates with their precision", () => {
  it("reads a day, a month or a year as a span", () => {
    expect(parseSpan("2011-07-13")).toEqual({ precision: "DAY", from: day("2011-07-13"), to: day("2011-07-13") });
    expect(parseSpan("2011-07")).toEqual({ precision: "MONTH", from: day("2011-07-01"), to: day("2011-07-31") });
    expect(parseSpan("2012-02")?.to).toEqual(day("2012-02-29"));
    expect(parseSpan("2011")).toEqual({ precision: "YEAR", from: day("2011-01-01"), to: day("2011-12-31") });
    for (const bad of ["2011-13", "2011-02-30", "11-07-2011", "July 2011", "2011-7-1"])
      expect(parseSpan(bad)).toBeNull();
  });

  it("stores bounds: not before (if known) and not after", () => {
    expect(checkDated("Date", { notBefore: "2011-07-13", notAfter: "2011-09-30" }, TODAY).value).toEqual({
      datePrecision: "RANGE",
      dateFrom: day("2011-07-13"),
      dateTo: day("2011-09-30"),
      dateNote: null,
    });
    expect(checkDated("Date", { notAfter: "2011-09-30" }, TODAY).value?.dateFrom).toBeNull();
  });

  it("ends a span that reaches into the future today: what is recorded happened by now", () => {
    expect(checkDated("Date", { date: "2026" }, TODAY).value).toMatchObject({
      datePrecision: "YEAR",
      dateFrom: day("2026-01-01"),
      dateTo: day(TODAY),
    });
    expect(checkDated("Date", { notBefore: "2026-11-01" }, TODAY).value).toMatchObject({
      dateFrom: day("2026-11-01"),
      dateTo: day(TODAY),
    });
  });

  it("gives one clear message per field", () => {
    expect(checkDated("Date of the response", {}, TODAY).errors).toEqual({
      date: "Date of the response is required: give the day, month or year, or the bounds below",
    });
    expect(checkDated("Date", { date: "13/07/2011" }, TODAY).errors).toEqual({
      date: "Date must be a day (2011-07-13), a month (2011-07) or a year (2011)",
    });
    expect(checkDated("Date", { date: "2030-01-01" }, TODAY).errors).toEqual({ date: "Date cannot be in the future" });
    expect(checkDated("Date", { date: "1985" }, TODAY).errors).toEqual({ date: "Date must be after 1990" });
    expect(checkDated("Date", { date: "2011", notAfter: "2011-09-30" }, TODAY).errors).toEqual({
      notAfter: "Leave the bounds empty when the date itself is known",
    });
    expect(checkDated("Date", { notBefore: "2011-10-01", notAfter: "2011-09-30" }, TODAY).errors).toEqual({
      notBefore: "“Not before” must be on or before “Not after”",
    });
    expect(checkDated("Date", { notBefore: "2011-02-30", notAfter: "2031-01-01" }, TODAY).errors).toEqual({
      notBefore: "“Not before” is not a date we can read: type it as 13 July 2011 or 2011-07-13",
      notAfter: "“Not after” cannot be in the future",
    });
  });

  it("reports date problems together with the other fields' problems, and hands on the stored form", () => {
    const schema = datedSchema({ text: z.string().min(1, "Text is required") }, "Date");
    const bad = schema.safeParse({ text: "", date: "someday" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["text", "Text is required"],
      ["date", "Date must be a day (2011-07-13), a month (2011-07) or a year (2011)"],
    ]);
    expect(schema.parse({ text: "t", date: "2011-07", dateNote: " per the letter " })).toEqual({
      text: "t",
      datePrecision: "MONTH",
      dateFrom: day("2011-07-01"),
      dateTo: day("2011-07-31"),
      dateNote: "per the letter",
    });
  });

  it("reads as people write dates, and goes back into its form unchanged", () => {
    const range = {
      datePrecision: "RANGE" as const,
      dateFrom: day("2011-07-13"),
      dateTo: day("2011-09-30"),
      dateNote: "n",
    };
    expect(formatDated(range)).toBe("between 13 July 2011 and 30 September 2011");
    expect(formatDated({ ...range, dateFrom: null })).toBe("not after 30 September 2011");
    expect(formatDated({ datePrecision: "MONTH", dateFrom: day("2011-07-01"), dateTo: day("2011-07-31") })).toBe(
      "July 2011",
    );
    expect(formatDated({ datePrecision: "YEAR", dateFrom: day("2026-01-01"), dateTo: day(TODAY) })).toBe("2026");
    expect(formatDated({ datePrecision: "DAY", dateFrom: day("2012-04-03"), dateTo: day("2012-04-03") })).toBe(
      "3 April 2012",
    );
    // In Russian and Kazakh: the language's date format (lib/i18n/format.ts) and no inflected "between".
    expect(formatDated(range, "ru")).toBe("между 13 июля 2011 г. и 30 сентября 2011 г.");
    expect(formatDated({ ...range, dateFrom: null }, "ru")).toBe("не позднее 30 сентября 2011 г.");
    expect(formatDated(range, "kk")).toMatch(/^2011 ж\. 13 шілде – 2011 ж\. 30 қыркүйек аралығында$/);
    expect(formatDated({ datePrecision: null, dateFrom: null, dateTo: null }, "kk")).toBe("күні көрсетілмеген");
    expect(datedToForm(range)).toEqual({ date: "", notBefore: "2011-07-13", notAfter: "2011-09-30", dateNote: "n" });
    const month = {
      datePrecision: "MONTH" as const,
      dateFrom: day("2011-07-01"),
      dateTo: day("2011-07-31"),
      dateNote: null,
    };
    expect(checkDated("Date", datedToForm(month), TODAY).value).toEqual(month);
  });
});
