// DOCX (docx): for users who edit the report in Word. Real heading styles
// (Title, Heading 1–4: the navigation pane shows the report's structure),
// named paragraph styles for recommendation texts, responses and notes, a
// running header, and "Page n of m" in the footer. Same content as the PDF.
import "server-only";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from "docx";
import type { ReportOptions } from "./schema";
import {
  ReportOutline,
  claimLines,
  definitions,
  itemBlocks,
  runningHeader,
  summaryIntro,
  summaryTables,
  titleBlock,
  wordsOf,
  type ExportItem,
  type ExportMeta,
  type ItemBlock,
  type ReportHeaderLike,
  type ReportTable,
  type ReportWords,
} from "./export-text";

/** Word's language ids: the document's proofing language, and a quoted text's own. */
const WORD_LANG: Record<string, string> = { en: "en-GB", ru: "ru-RU", kk: "kk-KZ" };
/** A run of quoted text in another language than the report's (an untranslated original): its own w:lang. */
const foreign = (text: string, lang?: string) =>
  lang ? new TextRun({ text, language: { value: WORD_LANG[lang] ?? lang } }) : text;

// Twentieths of a point. A4: 210 × 297 mm; Letter: 8.5 × 11 in.
const PAGE = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } } as const;
const MARGIN = { top: 1134, bottom: 1134, left: 1021, right: 1021, header: 567, footer: 567 };
const SERIF = "Cambria";
const SANS = "Calibri";

const STYLE = {
  recText: "RecommendationText",
  recTextGov: "RecommendationTextGovernment",
  leadIn: "LeadIn",
  field: "ReportField",
  body: "ResponseText",
  statusSentence: "StatusSentence",
  note: "ReportNote",
  bullet: "FollowUpEntry",
  meta: "ReportMeta",
  table: "TableText",
} as const;

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;
const headingLevel = (n: number) => HEADINGS[Math.min(Math.max(n, 1), 6) - 1]!;

const styles = (lang: string) => ({
  default: {
    // The document's language (w:lang of the default run): Word proofs and reads it aloud in the report's language.
    document: { run: { font: SANS, size: 21, language: { value: lang } }, paragraph: { spacing: { after: 80 } } },
    title: { run: { font: SANS, size: 40, bold: true, color: "111111" }, paragraph: { spacing: { after: 120 } } },
    heading1: {
      run: { font: SANS, size: 30, bold: true, color: "111111" },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font: SANS, size: 26, bold: true, color: "111111" },
      paragraph: { spacing: { before: 280, after: 100 }, keepNext: true, keepLines: true },
    },
    heading3: {
      run: { font: SANS, size: 23, bold: true, color: "111111" },
      paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true },
    },
    heading4: {
      run: { font: SANS, size: 22, bold: true, color: "111111" },
      paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, keepLines: true },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.recText,
      name: "Recommendation text",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { font: SERIF, size: 22 },
      paragraph: { indent: { left: 284 }, spacing: { after: 120, line: 276 }, keepLines: true },
    },
    {
      id: STYLE.recTextGov,
      name: "Recommendation text (government comments)",
      basedOn: STYLE.recText,
      next: "Normal",
      quickFormat: true,
      run: { font: SERIF, size: 22, italics: true },
    },
    {
      id: STYLE.leadIn,
      name: "Lead-in",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { font: SERIF, size: 21, color: "333333" },
      paragraph: { spacing: { after: 80 }, keepNext: true, keepLines: true },
    },
    {
      id: STYLE.field,
      name: "Report field",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { font: SANS, size: 20 },
      paragraph: { spacing: { before: 80, after: 60 } },
    },
    {
      id: STYLE.body,
      name: "Response text",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { font: SERIF, size: 20 },
      paragraph: { spacing: { after: 80 } },
    },
    {
      id: STYLE.statusSentence,
      name: "Status sentence",
      basedOn: STYLE.body,
      next: "Normal",
      quickFormat: true,
      run: { font: SERIF, size: 20, bold: true },
    },
    {
      id: STYLE.note,
      name: "Report note",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { font: SANS, size: 16, italics: true, color: "444444" },
      paragraph: { spacing: { after: 60 } },
    },
    {
      id: STYLE.bullet,
      name: "Follow-up entry",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { font: SANS, size: 19 },
      paragraph: { indent: { left: 284, hanging: 170 }, spacing: { after: 40 } },
    },
    {
      id: STYLE.meta,
      name: "Report metadata",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { font: SANS, size: 20 },
      paragraph: { spacing: { after: 40 } },
    },
    {
      id: STYLE.table,
      name: "Table text",
      basedOn: "Normal",
      next: "Normal",
      run: { font: SANS, size: 17 },
      paragraph: { spacing: { after: 0 } },
    },
  ],
});

const p = (style: string, children: (string | TextRun)[], extra: Omit<IParagraphOptions, "children" | "style"> = {}) =>
  new Paragraph({ style, children: children.map((c) => (typeof c === "string" ? new TextRun(c) : c)), ...extra });

function table(t: ReportTable): (Paragraph | Table)[] {
  const line = { style: BorderStyle.SINGLE, size: 4, color: "999999" };
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const cellOf = (text: string, i: number, bold: boolean, span = 1) =>
    new TableCell({
      columnSpan: span,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [
        p(STYLE.table, [new TextRun({ text, bold })], {
          alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
        }),
      ],
    });
  const rows = [
    new TableRow({ tableHeader: true, children: t.head.map((h, i) => cellOf(h, i, true)) }),
    ...t.rows.map((r) =>
      r.kind === "group"
        ? new TableRow({ children: [cellOf(r.cells[0]!, 0, true, t.head.length)] })
        : new TableRow({ children: r.cells.map((c, i) => cellOf(c, i, r.kind === "total")) }),
    ),
  ];
  const out: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, text: t.title })];
  if (t.caption) out.push(p(STYLE.note, [t.caption]));
  out.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { top: line, bottom: line, left: none, right: none, insideHorizontal: line, insideVertical: none },
      rows,
    }),
  );
  return out;
}

/** One block as a paragraph; `keep` keeps it on the page of the next one (heading, lead-in and text stay together). */
function blockParagraph(b: ItemBlock, itemLevel: number, keep: boolean): Paragraph {
  const k = keep ? { keepNext: true } : {};
  switch (b.kind) {
    case "heading":
      return new Paragraph({ heading: headingLevel(itemLevel), text: b.text, ...k });
    case "leadIn":
      return p(
        STYLE.leadIn,
        [new TextRun({ text: `${b.label}. `, bold: true }), new TextRun({ text: b.text, italics: b.italic })],
        k,
      );
    case "recText":
      return p(b.italic ? STYLE.recTextGov : STYLE.recText, [foreign(b.text, b.lang)], k);
    case "field":
      return p(STYLE.field, [new TextRun({ text: `${b.label}: `, bold: true }), b.value], k);
    case "subheading":
      return p(STYLE.field, [new TextRun({ text: b.text, bold: true })], { keepNext: true });
    case "para":
      return p(STYLE.body, [foreign(b.text, b.lang)], k);
    case "statusSentence":
      return p(STYLE.statusSentence, [foreign(b.text, b.lang)], k);
    case "bullet":
      return p(STYLE.bullet, ["\u2022\t", new TextRun({ text: `${b.lead}: `, bold: true }), b.text], k);
    case "note":
      return p(STYLE.note, [b.text], k);
  }
}

async function body(
  header: ReportHeaderLike,
  items: AsyncIterable<ExportItem[]>,
  options: ReportOptions,
  meta: ExportMeta,
  w: ReportWords,
): Promise<(Paragraph | Table)[]> {
  const tb = titleBlock(header, options, meta, w);
  const out: (Paragraph | Table)[] = [
    p(STYLE.meta, [new TextRun({ text: tb.subtitle, color: "444444" })]),
    new Paragraph({ heading: HeadingLevel.TITLE, text: tb.title }),
    ...tb.facts.map((f) => p(STYLE.meta, [new TextRun({ text: `${f.label}: `, bold: true }), f.value])),
    p(STYLE.meta, [new TextRun({ text: tb.statusOn, bold: true })], { spacing: { before: 160, after: 40 } }),
    p(STYLE.meta, [new TextRun({ text: tb.recordedOn, bold: true })]),
    p(STYLE.meta, [tb.generated]),
    p(STYLE.meta, [tb.fingerprint]),
    p(STYLE.meta, [tb.auditHead]),
  ];
  if (tb.selection) out.push(p(STYLE.meta, [new TextRun({ text: tb.selection, bold: true })]));

  out.push(
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: w.t("summary.heading") }),
    p(STYLE.body, [summaryIntro(header, options, w)]),
  );
  for (const t of summaryTables(header, w)) out.push(...table(t));
  const claims = claimLines(header, w);
  if (claims.length) {
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: w.t("claims.heading") }),
      ...claims.map((c) => p(STYLE.body, [c])),
      p(STYLE.note, [w.t("claims.note")]),
    );
  }
  out.push(
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: w.t("definitions.heading") }),
    ...definitions(w).map((d) => p(STYLE.bullet, ["\u2022\t", d])),
  );

  if (options.content === "full") {
    out.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        text: w.t("item.recommendationsHeading"),
        pageBreakBefore: true,
      }),
    );
    const outline = new ReportOutline(header.cycle.sections, w.t("section.none"));
    let depth = 0;
    let any = false;
    for await (const batch of items) {
      for (const item of batch) {
        any = true;
        const { headings, leadIn } = outline.next(item);
        for (const h of headings) {
          out.push(new Paragraph({ heading: headingLevel(h.depth + 2), text: h.title, keepNext: true }));
          if (h.leadIn)
            out.push(
              p(options.layout === "government" ? STYLE.recTextGov : STYLE.leadIn, [h.leadIn], { keepNext: true }),
            );
          depth = h.depth;
        }
        const blocks = itemBlocks(item, options.layout, leadIn, w);
        blocks.forEach((b, i) =>
          out.push(
            blockParagraph(b, depth + 3, i < blocks.length - 1 && (b.kind === "heading" || b.kind === "leadIn")),
          ),
        );
      }
    }
    if (!any) out.push(p(STYLE.body, [w.t("item.noItems")]));
  }
  return out;
}

export async function docxBytes(
  header: ReportHeaderLike,
  items: AsyncIterable<ExportItem[]>,
  options: ReportOptions,
  meta: ExportMeta,
): Promise<Buffer> {
  const w = wordsOf(options);
  const tb = titleBlock(header, options, meta, w);
  const running = runningHeader(header, options, meta, w);
  // "Page {page} of {pages}" around Word's page fields: the sentence is the catalogue's, split at its fields.
  const [before = "", between = "", after = ""] = w
    .t("page.pageOf", { page: "\u0000", pages: "\u0000" })
    .split("\u0000");
  const pageNumbers = () =>
    new Footer({
      children: [
        new Paragraph({
          style: STYLE.note,
          alignment: AlignmentType.RIGHT,
          children: [
            new TextRun({ text: `${w.t("title.fingerprint", { fingerprint: meta.fingerprint })} \u00b7 ` }),
            new TextRun({ children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after] }),
          ],
        }),
      ],
    });
  const doc = new Document({
    title: `${tb.title} \u2013 ${w.t("kind")}`,
    subject: `${tb.statusOn} \u00b7 ${tb.recordedOn}`,
    description: `${tb.generated}. ${tb.fingerprint}. ${tb.auditHead}.`,
    creator: "ODIHR follow-up tracker",
    styles: styles(WORD_LANG[w.locale] ?? "en-GB"),
    sections: [
      {
        properties: { titlePage: true, page: { size: PAGE[options.paper], margin: MARGIN } },
        headers: {
          default: new Header({
            children: [
              p(STYLE.note, [running], {
                border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: "999999", space: 2 } },
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({})] }),
        },
        footers: { default: pageNumbers(), first: pageNumbers() },
        children: await body(header, items, options, meta, w),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The DOCX as a byte stream (docx builds the whole file, then it is sent). */
export function exportDocx(
  header: ReportHeaderLike,
  items: AsyncIterable<ExportItem[]>,
  options: ReportOptions,
  meta: ExportMeta,
): ReadableStream<Uint8Array> {
  let bytes: Promise<Buffer> | null = null;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (bytes) return controller.close();
        bytes = docxBytes(header, items, options, meta);
        controller.enqueue(new Uint8Array(await bytes));
      } catch (error) {
        controller.error(error);
      }
    },
  });
}
