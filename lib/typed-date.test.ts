import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkDated } from "./dated";
import { normalizeTypedDate, parseTypedDay, unreadableDay } from "./typed-date";
import { requiredDate } from "./validation";

describe("dates as people type them", () => {
  it("reads Russian and Kazakh dotted dates, ISO dates and English dates as the same day", () => {
    for (const typed of ["13.07.2011", "13.7.2011", "2011-07-13", "13 July 2011", "July 13, 2011", "13 Jul 2011"])
      expect(parseTypedDay(typed), typed).toBe("2011-07-13");
    expect(parseTypedDay("13 июля 2011 г.")).toBe("2011-07-13");
    expect(parseTypedDay("13 шілде 2011")).toBe("2011-07-13");
    expect(parseTypedDay("1 марта 2012")).toBe("2012-03-01");
    expect(parseTypedDay("9 мая 2012")).toBe("2012-05-09");
  });

  it("reads months and years for dates known only that precisely", () => {
    expect(normalizeTypedDate("07.2011")).toBe("2011-07");
    expect(normalizeTypedDate("July 2011")).toBe("2011-07");
    expect(normalizeTypedDate("июль 2011")).toBe("2011-07");
    expect(normalizeTypedDate("2011")).toBe("2011");
  });

  it("refuses what it cannot read with certainty: impossible days, slashed and two-digit-year dates", () => {
    for (const bad of ["30.02.2011", "07/13/2011", "13/07/2011", "13.07.11", "Julember 3, 2011", "soon", "2011-13"])
      expect(normalizeTypedDate(bad), bad).toBeNull();
    // A field sent twice arrives as an array: refused, never a crash (lib/actions/fuzz-records.test.ts).
    expect(normalizeTypedDate(["2011", "2012"] as unknown as string)).toBeNull();
  });

  it("gives one clear message for an unreadable date, with an example in the reader's format", () => {
    const messages = (locale: "en" | "ru") =>
      requiredDate("Election date", { locale })
        .safeParse("12/07/2011")
        .error?.issues.map((i) => i.message);
    expect(messages("en")).toEqual([unreadableDay("Election date", "en")]);
    expect(messages("ru")).toEqual(["Election date is not a date we can read: type it as 13.07.2011"]);
    expect(requiredDate("Election date").parse(" 4.12.2005 ")).toEqual(new Date("2005-12-04T00:00:00.000Z"));
    expect(
      z
        .string()
        .pipe(requiredDate("D"))
        .safeParse("31.12.1989")
        .error?.issues.map((i) => i.message),
    ).toEqual(["D must be after 1990"]);
  });

  it("reads typed dates in the dated fields of responses and assessments", () => {
    expect(checkDated("Date", { date: "13.07.2011" }, "2026-11-30").value?.datePrecision).toBe("DAY");
    expect(checkDated("Date", { date: "07.2011" }, "2026-11-30").value?.datePrecision).toBe("MONTH");
    const range = checkDated("Date", { notBefore: "13 July 2011", notAfter: "30.09.2011" }, "2026-11-30").value;
    expect(range?.dateFrom).toEqual(new Date("2011-07-13T00:00:00.000Z"));
    expect(checkDated("Date", { notAfter: "30.02.2011" }, "2026-11-30", "kk").errors).toEqual({
      notAfter: "“Not after” is not a date we can read: type it as 13.07.2011",
    });
    expect(checkDated("Date", { date: "someday" }, "2026-11-30", "ru").errors.date).toBe(
      "Date must be a day (13.07.2011), a month (07.2011) or a year (2011)",
    );
  });
});
