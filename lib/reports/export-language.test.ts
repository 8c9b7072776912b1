// Reports in Russian and Kazakh (issue 12): headings, column names and status names of the chosen language in
// the PDF, DOCX, XLSX, CSV and JSON; a text with a translation comes out translated and says which translation it
// is, one without comes out in its original, marked; Cyrillic survives the CSV and XLSX round trip (read back with
// the same libraries); the PDF's /Lang and Word's language follow the choice, and an untranslated original carries
// its own. On both engines (TEST_DB=postgres for PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { addTranslation } from "@/lib/translations/mutations";
import { parseSheet } from "@/lib/sheet-import/parse";
import { planImport } from "@/lib/sheet-import/plan";
import type { Locale } from "@/lib/i18n/locales";
import ru from "@/messages/ru.json";
import kk from "@/messages/kk.json";
import { reportHeader, type ReportHeader } from "./model";
import { parseReportOptions, type ReportOptions } from "./schema";
import { computeFingerprint } from "./export-run";
import type { ExportFormat } from "./export-text";
import { csvRecords, docxText, generate, pdfText, sheetRecords, workbook } from "./export-test-kit";

// Working translation into Russian of recommendation 1's text and of its answer; an official one into Kazakh.
const REC_RU = "Рабочий перевод рекомендации 1: ёмкий текст с «кавычками» — Ё, й.";
const REC_KK = "1-ұсынымның ресми аудармасы: ә ғ қ ң ө ұ ү һ і — ӘҒҚҢӨҰҮҺІ.";
const RESP_RU = "Рабочий перевод ответа ЦИК на рекомендацию 1.";

const RU_STATUS = Object.values(ru.status.stateResponse);
const KK_STATUS = Object.values(kk.status.assessment);

describe(`reports in Russian and Kazakh on ${testEngine}`, () => {
  let db: Database;
  let header: ReportHeader;
  const files = new Map<string, Buffer>();
  const optionsIn = (lang: Locale): ReportOptions => parseReportOptions({ lang }).options;
  const file = async (format: ExportFormat, lang: Locale) => {
    const key = `${format}|${lang}`;
    if (!files.has(key)) {
      const options = optionsIn(lang);
      const meta = {
        generatedAt: new Date(),
        fingerprint: await computeFingerprint(header, options),
        origin: "https://t",
      };
      files.set(key, await generate(format, header, options, meta));
    }
    return files.get(key)!;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    const ed = u.actor(u.editor);
    const rec = await recommendationId(db, "kz-2011", "1");
    const resp = await db.prisma.stateResponse.findFirstOrThrow({
      where: { recommendationId: rec, withdrawnAt: null, text: { not: null } },
      select: { id: true },
    });
    const add = (input: Parameters<typeof addTranslation>[2]) => addTranslation(db.prisma, ed, input);
    const results = await Promise.all([
      add({
        subject: "RECOMMENDATION_TEXT",
        subjectId: rec,
        language: "RU",
        kind: "WORKING",
        text: REC_RU,
        translator: "Eve Editor",
      }),
      add({
        subject: "RECOMMENDATION_TEXT",
        subjectId: rec,
        language: "KK",
        kind: "OFFICIAL",
        text: REC_KK,
        translator: "ОСК",
        sourceCitation: "ОСК хабаршысы № 3",
      }),
      add({
        subject: "RESPONSE_TEXT",
        subjectId: resp.id,
        language: "RU",
        kind: "WORKING",
        text: RESP_RU,
        translator: "Eve Editor",
      }),
    ]);
    expect(results.map((r) => r.kind)).toEqual(["ok", "ok", "ok"]);
    header = (await reportHeader("kz-2011", optionsIn("en")))!;
  }, 180_000);
  afterAll(() => db?.close());

  it("PDF in Russian: Russian headings and status names, /Lang (ru), the untranslated originals tagged (en)", async () => {
    const buf = await file("pdf", "ru");
    const { text } = await pdfText(buf);
    for (const s of [
      "Сводка",
      "Рекомендации",
      "Как рассчитываются цифры",
      "Ответ государства (самооценка)",
      "Страница 1 из",
    ])
      expect(text).toContain(s);
    for (const s of RU_STATUS) expect(text).toContain(s);
    expect(text).not.toContain("Status: latest recorded");
    expect(text).toContain(REC_RU);
    expect(text).toContain("Рабочий перевод на русский язык: Eve Editor, не официальный.");
    expect(text).toContain("[оригинал, английский]");
    const raw = buf.toString("latin1");
    expect(raw).toMatch(/\/Type \/Catalog[^>]*\/Lang \(ru\)/s);
    // Each untranslated original is a P of its own language; the document's language is the report's.
    expect(raw).toMatch(/\/S \/P[^>]*\/Lang \(en\)|\/Lang \(en\)[^>]*\/S \/P/s);
  }, 120_000);

  it("DOCX in Kazakh: Kazakh headings and status names, the official translation said so, Word's language kk-KZ", async () => {
    const buf = await file("docx", "kk");
    const text = await docxText(buf);
    for (const s of ["Жиынтық", "Ұсынымдар", "Сандар қалай есептеледі"]) expect(text).toContain(s);
    for (const s of KK_STATUS) expect(text).toContain(s);
    expect(text).toContain(REC_KK);
    expect(text).toContain("қазақ тіліне ресми аударма: ОСК (дереккөзі: ОСК хабаршысы № 3)");
    expect(text).toContain("[түпнұсқа, ағылшын тілі]");
    const zip = await JSZip.loadAsync(buf);
    expect(await zip.file("word/styles.xml")!.async("string")).toContain('w:lang w:val="kk-KZ"');
    expect(await zip.file("word/document.xml")!.async("string")).toContain('w:lang w:val="en-GB"');
  }, 120_000);

  it("CSV in Russian: Russian columns and status names; Cyrillic comes back byte for byte", async () => {
    const { head, records } = csvRecords(await file("csv", "ru"));
    expect(head.slice(0, 7)).toEqual([
      "Цикл",
      "Рекомендация",
      "Раздел",
      "Приоритет",
      "Общая вводная часть",
      "Текст рекомендации",
      "Язык текста рекомендации",
    ]);
    const one = records.find((r) => r["Рекомендация"] === "1")!;
    expect(one["Текст рекомендации"]).toBe(REC_RU);
    expect(one["Язык текста рекомендации"]).toContain("Рабочий перевод на русский язык");
    expect(one["Текст ответа"]).toBe(RESP_RU);
    const other = records.find((r) => r["Рекомендация"] === "2(a)")!;
    expect(other["Язык текста рекомендации"]).toBe("[оригинал, английский]");
    expect(RU_STATUS).toContain(other["Ответ государства"]);
    expect(one["Статус на"]).toBe("Статус: последний зафиксированный");
  }, 120_000);

  it("XLSX in Kazakh: Kazakh sheets, columns and status names; Cyrillic comes back exactly from ExcelJS", async () => {
    const wb = await workbook(await file("xlsx", "kk"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Ұсынымдар", "Кейінгі шаралар", "Жиынтық", "Файл туралы"]);
    const rows = sheetRecords(wb.worksheets[0]!);
    const one = rows.find((r) => r["Ұсыным"] === "1")!;
    expect(one["Ұсынымның мәтіні"]).toBe(REC_KK);
    expect(one["Ұсыным мәтінінің тілі"]).toContain("ресми аударма");
    expect(Object.values(kk.status.stateResponse)).toContain(one["Мемлекеттің жауабы"]);
    expect(KK_STATUS).toContain(one["Тәуелсіз бағалау"]);
    const about = wb.worksheets[3]!.getColumn(2).values.map(String).join("\n");
    expect(about).toContain("кестеден өзгерістерді импорттау ағылшын тіліндегі экспортты оқиды");
  }, 120_000);

  it("JSON in Russian: English keys, Russian labels, the report's language and each text's", async () => {
    const j = JSON.parse((await file("json", "ru")).toString("utf8"));
    expect(j.language).toBe("ru");
    expect(j.moment.statusText).toBe("Статус: последний зафиксированный");
    const one = j.items.find((i: { label: string }) => i.label === "1");
    expect(one.text).toBe(REC_RU);
    expect(one.textLanguage).toMatchObject({
      language: "ru",
      original: false,
      kind: "working",
      originalLanguage: "en",
    });
    expect(one.response.textLanguage).toMatchObject({ language: "ru", original: false });
    expect(RU_STATUS).toContain(one.response.statusLabel);
    const other = j.items.find((i: { label: string }) => i.label === "2(a)");
    expect(other.textLanguage).toMatchObject({ language: "en", original: true, kind: "original" });
  }, 120_000);

  it("keeps one fingerprint for the data: a shown translation changes it, the words alone do not", async () => {
    const [en, ruFp, kkFp] = await Promise.all(
      (["en", "ru", "kk"] as const).map((l) => computeFingerprint(header, optionsIn(l))),
    );
    expect(ruFp).not.toBe(en);
    expect(kkFp).not.toBe(ruFp);
    // A cycle without translations: the same data in other words keeps its fingerprint.
    const h2007 = (await reportHeader("kz-2007", optionsIn("en")))!;
    expect(await computeFingerprint(h2007, optionsIn("kk"))).toBe(await computeFingerprint(h2007, optionsIn("en")));
  }, 120_000);

  it("a Russian or Kazakh spreadsheet is for reading: the round trip refuses it whole, applying nothing", async () => {
    for (const [format, lang] of [
      ["csv", "ru"],
      ["xlsx", "kk"],
    ] as const) {
      const parsed = await parseSheet(`report.${format}`, await file(format, lang));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      const plan = planImport(parsed.file, { id: header.cycle.id, name: header.cycle.title }, new Map());
      expect(plan.changes).toEqual([]);
      expect(plan.problems.map((p) => [p.row, p.message])).toEqual([[1, expect.stringContaining("Record id")]]);
    }
  }, 120_000);
});
