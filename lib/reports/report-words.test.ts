// The report's words come from the catalogues: English word for word as the reports printed it before they took
// a language (the catalogue holds the same sentences), and Russian and Kazakh dates and status names through the
// one formatting module and status helper.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { UNCERTAIN_DATES_RULE } from "@/lib/dated";
import { coverageLine, coverageSentence, coverageWarning, type Coverage } from "@/lib/status/coverage-text";
import { ASSESSMENT, STATE_RESPONSE } from "@/lib/vocab";
import {
  DEFINITIONS,
  SPREADSHEET_NOTE,
  coverageLineIn,
  coverageSentenceIn,
  coverageWarningIn,
  datedText,
  definitions,
  readingMark,
  reportWords,
  statusOnLine,
  summaryIntro,
  followUpColumns,
  recommendationColumns,
  type ReportHeaderLike,
} from "./export-text";
import { ASSESSOR_TYPE, PRIORITY } from "@/lib/vocab";

const RU = reportWords("ru");
const KK = reportWords("kk");

describe("the words of a report", () => {
  it("in English are the sentences the reports printed before", () => {
    expect(DEFINITIONS[0]).toBe(
      "State\u2019s response: the latest response of the state that was not withdrawn, in the CEC\u2019s vocabulary " +
        `(latest date, then latest entry); none = \u201c${STATE_RESPONSE.NO_RESPONSE.label}\u201d.`,
    );
    expect(DEFINITIONS[1]).toContain(`none = \u201c${ASSESSMENT.NOT_YET_ASSESSED.label}\u201d.`);
    expect(DEFINITIONS[3]).toBe(
      `Uncertain dates: ${UNCERTAIN_DATES_RULE} Dates are given as precisely as the sources allow; no day is guessed.`,
    );
    expect(DEFINITIONS).toHaveLength(9);
    expect(SPREADSHEET_NOTE).toContain("with a leading apostrophe (') so that");
    const cases: Coverage[] = [
      { recorded: 1, items: 1, expected: 30 },
      { recorded: 21, items: 32, expected: 21 },
      { recorded: 1, items: 2, expected: 1 },
      { recorded: 2, items: 2, expected: null },
      { recorded: 1, items: 1, expected: null },
    ];
    for (const c of cases) {
      expect(coverageLineIn(c)).toBe(coverageLine(c));
      expect(coverageWarningIn(c)).toBe(coverageWarning(c));
      expect(coverageSentenceIn(c)).toBe(coverageSentence(c));
    }
  });

  it("in Russian and Kazakh: dates, plurals and status names of the language", () => {
    expect(statusOnLine({ on: "2011-04-03" }, RU)).toBe("Статус на 3 апреля 2011 г.");
    expect(statusOnLine({ on: "2011-04-03" }, KK)).toBe("2011 ж. 3 сәуір күнгі мәртебе");
    const range = { text: "", precision: "RANGE" as const, from: "2011-07-13", to: "2011-09-30", note: null };
    expect(datedText(range, RU)).toBe("между 13 июля 2011 г. и 30 сентября 2011 г.");
    expect(datedText({ ...range, precision: "MONTH", from: "2011-07-01", to: "2011-07-31" }, RU)).toBe("июль 2011 г.");
    expect(coverageLineIn({ recorded: 1, items: 1, expected: 30 }, RU)).toBe("Внесено 1 из 30 рекомендаций");
    expect(coverageLineIn({ recorded: 1, items: 1, expected: 21 }, RU)).toBe("Внесено 1 из 21 рекомендации");
    const h = {
      summary: { total: { total: 32 } },
      coverage: { recorded: 21, items: 32, expected: 21 },
    } as unknown as ReportHeaderLike;
    expect(summaryIntro(h, {}, KK)).toMatch(/^Осы цикл бойынша енгізілген ұсынымдар: 32 \(/);
    expect(RU.status("CANNOT_BE_ACCEPTED")).toBe("Не может быть принята");
    expect(definitions(KK)).toHaveLength(10);
  });

  it("marks an untranslated original and names a translation for what it is", () => {
    const original = {
      language: "EN" as const,
      isOriginal: true,
      kind: "ORIGINAL" as const,
      translator: null,
      source: null,
      originalLanguage: "EN" as const,
    };
    expect(readingMark(original)).toBeNull();
    expect(readingMark(original, RU)).toBe("[оригинал, английский]");
    expect(readingMark(original, KK)).toBe("[түпнұсқа, ағылшын тілі]");
    const working = {
      ...original,
      language: "RU" as const,
      isOriginal: false,
      kind: "WORKING" as const,
      translator: "X",
    };
    expect(readingMark(working, RU)).toBe(
      "Рабочий перевод на русский язык: X, не официальный. Силу имеет оригинал (английский язык).",
    );
    expect(readingMark({ ...working, kind: "OFFICIAL", source: "Bulletin 3" })).toBe(
      "Official translation into Russian by X (source: Bulletin 3). The original, in English, is authoritative.",
    );
  });

  it("asks the catalogue only for keys it has (literal keys in lib/reports, and the keys built from codes)", () => {
    const dir = path.join(process.cwd(), "lib/reports");
    const has = (key: string) =>
      key.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], en.reportExport) !==
      undefined;
    const used = readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .flatMap((f) => [...readFileSync(path.join(dir, f), "utf8").matchAll(/\b(?:w|ENGLISH|t)\.?t?\("([\w.]+)"/g)])
      .map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(80);
    expect(used.filter((k) => !has(k))).toEqual([]);
    const built = [
      ...Object.keys(PRIORITY).map((p) => `priority.${p}`),
      ...Object.keys(ASSESSOR_TYPE).map((a) => `assessor.${a}`),
      ...["DAY", "MONTH", "YEAR", "RANGE"].map((p) => `precision.${p}`),
      ...["EN", "RU", "KK"].map((l) => `languageName.${l}`),
      ...["tracker", "government"].map((l) => `layout.${l}`),
    ];
    expect(built.filter((k) => !has(k))).toEqual([]);
    for (const w of [RU, KK])
      for (const c of [...recommendationColumns(w), ...followUpColumns(w)])
        expect(c.header).not.toMatch(/^reportExport\./);
  });
});
