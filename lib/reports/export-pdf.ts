// PDF (pdfkit): A4 or Letter; title block, summary tables, then every item in
// report order under its section and topic headings. Running header (cycle
// and moment) and "Page n of m" are drawn at the end over the buffered pages.
// DejaVu fonts cover Latin, Cyrillic (Russian, Kazakh) and typographic marks.
// Tagged for screen readers (pdf-tags.ts): headings, paragraphs, lists and
// tables in reading order, the document language, page furniture as artifacts.
import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { ReportOptions } from "./schema";
import {
  CLAIMS_HEADING,
  CLAIMS_NOTE,
  DEFINITIONS,
  DEFINITIONS_HEADING,
  ITEM_WORDS,
  REPORT_KIND,
  ReportOutline,
  claimLines,
  itemBlocks,
  runningHeader,
  summaryIntro,
  summaryTables,
  titleBlock,
  type ExportItem,
  type ExportMeta,
  type ItemBlock,
  type OutlineHeading,
  type ReportHeaderLike,
  type ReportTable,
} from "./export-text";
import { webStream } from "./export-stream";
import { artifact, beginStructure, close, endStructure, open, tag } from "./pdf-tags";

const FONT_DIR = path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf");
const FONTS = {
  sans: "DejaVuSans.ttf",
  sansBold: "DejaVuSans-Bold.ttf",
  sansOblique: "DejaVuSans-Oblique.ttf",
  serif: "DejaVuSerif.ttf",
  serifItalic: "DejaVuSerif-Italic.ttf",
  serifBold: "DejaVuSerif-Bold.ttf",
} as const;
type FontName = keyof typeof FONTS;

const PAPER = { a4: "A4", letter: "LETTER" } as const;
const MARGIN = { top: 68, bottom: 62, left: 50, right: 50 };
const INK = "#111111";
const MUTED = "#444444";
const RULE = "#999999";

type Doc = PDFKit.PDFDocument;

/** The language of the report's own words (headings, labels); the reports speak English until they are translated. */
const REPORT_LANG = "en";

export function makeDoc(
  options: ReportOptions,
  title: string,
  subject: string,
  generatedAt: Date,
  lang: string = REPORT_LANG,
): Doc {
  const doc = new PDFDocument({
    size: PAPER[options.paper],
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    // No default font. pdfkit caches a font under the key it was first asked
    // by; for an equal font asked by another key it returns the cached one
    // without remembering that key. With DejaVuSans's path as the default,
    // every doc.font("sans") re-read and re-parsed the 740 KB file (441 times
    // for the 2011 report, most of its second). pdfkit also re-applies the
    // default font on each new page, so text running onto a new page switched
    // to DejaVuSans. "" means neither, and no built-in Helvetica either.
    font: "",
    lang,
    displayTitle: true,
    tagged: true,
    info: {
      Title: title,
      Subject: subject,
      Author: "ODIHR follow-up tracker",
      Creator: "ODIHR follow-up tracker",
      CreationDate: generatedAt,
    },
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, path.join(FONT_DIR, file));
  doc.font("sans").fillColor(INK);
  return doc;
}

const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;
const width = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const left = (doc: Doc) => doc.page.margins.left;

/** Starts a new page unless `need` points still fit on this one. */
function ensure(doc: Doc, need: number) {
  if (doc.y + need > bottom(doc)) doc.addPage();
}

function write(
  doc: Doc,
  font: FontName,
  size: number,
  text: string,
  opts: PDFKit.Mixins.TextOptions & { color?: string; indent?: number } = {},
) {
  const { color = INK, indent = 0, ...rest } = opts;
  doc
    .font(font)
    .fontSize(size)
    .fillColor(color)
    .text(text, left(doc) + indent, doc.y, { width: width(doc) - indent, ...rest });
}

function heightOf(doc: Doc, font: FontName, size: number, text: string, indent = 0): number {
  return doc
    .font(font)
    .fontSize(size)
    .heightOfString(text, { width: width(doc) - indent });
}

/** "Label: value" with the label in bold. */
function labelled(doc: Doc, label: string, value: string, size = 9.5, indent = 0) {
  tag(doc, "P", () => {
    doc
      .font("sansBold")
      .fontSize(size)
      .fillColor(INK)
      .text(`${label}: `, left(doc) + indent, doc.y, { width: width(doc) - indent, continued: true });
    doc.font("sans").text(value);
  });
}

/** A paragraph: write() tagged P. */
function para(
  doc: Doc,
  font: FontName,
  size: number,
  text: string,
  opts: PDFKit.Mixins.TextOptions & { color?: string; indent?: number } = {},
) {
  tag(doc, "P", () => write(doc, font, size, text, opts));
}

/** A heading of the given level (1…6) for the structure tree. */
function heading(doc: Doc, text: string, size: number, before: number, keep: number, level: number) {
  doc.moveDown(before);
  ensure(doc, heightOf(doc, "sansBold", size, text) + keep);
  tag(doc, `H${Math.min(6, level)}`, () => write(doc, "sansBold", size, text));
  doc.moveDown(0.3);
}

// ---------------------------------------------------------------- tables

function drawTable(doc: Doc, t: ReportTable) {
  const size = 8.5;
  const pad = 3;
  const total = width(doc);
  const n = t.head.length;
  const first = n <= 3 ? total * 0.5 : Math.max(total * 0.3, total - (n - 1) * 58);
  const rest = (total - first) / (n - 1);
  const widths = [first, ...Array.from({ length: n - 1 }, () => rest)];
  const x0 = left(doc);

  heading(doc, t.title, 10.5, 0.6, 60, 3);
  if (t.caption) {
    para(doc, "sans", 8, t.caption, { color: MUTED });
    doc.moveDown(0.2);
  }

  const rowHeight = (cells: string[], font: FontName) =>
    Math.max(
      ...cells.map((c, i) =>
        doc
          .font(font)
          .fontSize(size)
          .heightOfString(c || " ", { width: widths[i]! - 2 * pad }),
      ),
    ) +
    2 * pad;

  // Header cells head their column, the first cell of a body row heads its row.
  const cellTag = (i: number, header: boolean) =>
    header
      ? { type: "TH", scope: "Column" as const }
      : i === 0
        ? { type: "TH", scope: "Row" as const }
        : { type: "TD" };
  const drawRow = (cells: string[], font: FontName, line: "below" | "above" | null, span = false, header = false) => {
    const h = span
      ? doc
          .font(font)
          .fontSize(size)
          .heightOfString(cells[0] || " ", { width: total - 2 * pad }) +
        2 * pad
      : rowHeight(cells, font);
    const y = doc.y;
    open(doc, "TR");
    if (span) {
      tag(
        doc,
        "TH",
        () =>
          doc
            .font(font)
            .fontSize(size)
            .fillColor(INK)
            .text(cells[0]!, x0 + pad, y + pad, { width: total - 2 * pad }),
        { scope: "Row" },
      );
    } else {
      let x = x0;
      cells.forEach((c, i) => {
        const { type, ...scope } = cellTag(i, header);
        const cx = x;
        tag(
          doc,
          type,
          () =>
            doc
              .font(font)
              .fontSize(size)
              .fillColor(INK)
              .text(c, cx + pad, y + pad, { width: widths[i]! - 2 * pad, align: i === 0 ? "left" : "right" }),
          scope,
        );
        x += widths[i]!;
      });
    }
    close(doc, "TR");
    const yb = y + h;
    artifact(doc, () => {
      doc.lineWidth(line === "below" ? 0.8 : 0.4).strokeColor(RULE);
      if (line === "above")
        doc
          .moveTo(x0, y)
          .lineTo(x0 + total, y)
          .stroke();
      doc
        .moveTo(x0, yb)
        .lineTo(x0 + total, yb)
        .lineWidth(line === "below" ? 0.8 : 0.3)
        .stroke();
    });
    doc.x = x0;
    doc.y = yb;
  };

  ensure(doc, rowHeight(t.head, "sansBold") + 3 * 16);
  open(doc, "Table");
  open(doc, "THead");
  drawRow(t.head, "sansBold", "below", false, true);
  close(doc, "THead");
  open(doc, "TBody");
  for (const r of t.rows) {
    const font: FontName = r.kind ? "sansBold" : "sans";
    const h = r.kind === "group" ? 16 : rowHeight(r.cells, font);
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      // The header repeated on the next page is for the eye; the reader has it once.
      const y = doc.y;
      artifact(doc, () => {
        t.head.reduce((x, c, i) => {
          doc
            .font("sansBold")
            .fontSize(size)
            .fillColor(INK)
            .text(c, x + pad, y + pad, { width: widths[i]! - 2 * pad, align: i === 0 ? "left" : "right" });
          return x + widths[i]!;
        }, x0);
        const yb = y + rowHeight(t.head, "sansBold");
        doc
          .moveTo(x0, yb)
          .lineTo(x0 + total, yb)
          .lineWidth(0.8)
          .strokeColor(RULE)
          .stroke();
        doc.x = x0;
        doc.y = yb;
      });
    }
    drawRow(r.cells, font, r.kind === "total" ? "above" : null, r.kind === "group");
  }
  close(doc, "TBody");
  close(doc, "Table");
  doc.moveDown(0.6);
}

// ---------------------------------------------------------------- items

/** Sections are H3 and topics H4 (under the H2 "Recommendations"); returns the level of the items beneath. */
function drawHeading(doc: Doc, h: OutlineHeading, italic: boolean): number {
  const size = h.depth === 0 ? 14 : 12;
  const leadH = h.leadIn ? heightOf(doc, italic ? "serifItalic" : "serif", 10, h.leadIn) : 0;
  // Keep a heading with its lead-in and the start of the first item.
  heading(doc, h.title, size, h.depth === 0 ? 1 : 0.7, leadH + 150, 3 + h.depth);
  if (h.leadIn) {
    para(doc, italic ? "serifItalic" : "serif", 10, h.leadIn, { color: MUTED });
    doc.moveDown(0.4);
  }
  return 4 + h.depth;
}

function itemNeed(doc: Doc, blocks: ItemBlock[]): number {
  // The heading, the lead-in and the first lines of the text must stay together.
  let need = 0;
  for (const b of blocks) {
    if (b.kind === "heading") need += heightOf(doc, "sansBold", 11, b.text) + 6;
    else if (b.kind === "leadIn") need += heightOf(doc, "serif", 10, `${b.label}. ${b.text}`) + 4;
    else if (b.kind === "recText") {
      need += Math.min(heightOf(doc, "serif", 10.5, b.text, 10), 70);
      break;
    } else break;
  }
  return Math.min(Math.max(120, need + 20), (bottom(doc) - doc.page.margins.top) * 0.6);
}

/** An item's blocks, tagged: its heading at `level`, sub-headings one below, bullets gathered in one list. */
function drawBlocks(doc: Doc, blocks: ItemBlock[], level: number) {
  let inList = false;
  for (const b of blocks) {
    if (b.kind === "bullet" && !inList) open(doc, "L");
    if (b.kind !== "bullet" && inList) close(doc, "L");
    inList = b.kind === "bullet";
    if (b.kind === "bullet") open(doc, "LI");
    drawBlock(doc, b, level);
    if (b.kind === "bullet") close(doc, "LI");
  }
  if (inList) close(doc, "L");
}

function drawBlock(doc: Doc, b: ItemBlock, level: number) {
  switch (b.kind) {
    case "heading":
      doc.moveDown(0.9);
      tag(doc, `H${Math.min(6, level)}`, () => write(doc, "sansBold", 11, b.text));
      doc.moveDown(0.25);
      return;
    case "leadIn":
      tag(doc, "P", () => {
        doc
          .font("sansBold")
          .fontSize(10)
          .fillColor(MUTED)
          .text(`${b.label}. `, left(doc), doc.y, { width: width(doc), continued: true });
        doc.font(b.italic ? "serifItalic" : "serif").text(b.text);
      });
      doc.moveDown(0.3);
      return;
    case "recText":
      para(doc, b.italic ? "serifItalic" : "serif", 10.5, b.text, { indent: 10, lineGap: 1.5 });
      doc.moveDown(0.35);
      return;
    case "field":
      doc.moveDown(0.2);
      labelled(doc, b.label, b.value);
      doc.moveDown(0.2);
      return;
    case "subheading":
      doc.moveDown(0.2);
      tag(doc, `H${Math.min(6, level + 1)}`, () => write(doc, "sansBold", 9.5, b.text));
      doc.moveDown(0.15);
      return;
    case "para":
      para(doc, "serif", 9.5, b.text, { lineGap: 1 });
      doc.moveDown(0.3);
      return;
    case "statusSentence":
      para(doc, "serifBold", 9.5, b.text);
      doc.moveDown(0.3);
      return;
    case "bullet":
      tag(doc, "LBody", () => {
        doc
          .font("sansBold")
          .fontSize(9)
          .fillColor(INK)
          .text(`\u2022 ${b.lead}: `, left(doc) + 8, doc.y, { width: width(doc) - 8, continued: true });
        doc.font("sans").text(b.text);
      });
      doc.moveDown(0.15);
      return;
    case "note":
      para(doc, "sansOblique", 8, b.text, { color: MUTED });
      doc.moveDown(0.2);
      return;
  }
}

// ---------------------------------------------------------------- the document

async function render(
  doc: Doc,
  header: ReportHeaderLike,
  items: AsyncIterable<ExportItem[]>,
  options: ReportOptions,
  meta: ExportMeta,
) {
  const tb = titleBlock(header, options, meta);
  beginStructure(doc);
  para(doc, "sans", 9.5, tb.subtitle, { color: MUTED });
  doc.moveDown(0.2);
  tag(doc, "H1", () => write(doc, "sansBold", 20, tb.title));
  doc.moveDown(0.4);
  for (const f of tb.facts) labelled(doc, f.label, f.value, 10);
  doc.moveDown(0.4);
  para(doc, "sansBold", 10.5, tb.statusOn);
  para(doc, "sansBold", 10.5, tb.recordedOn);
  para(doc, "sans", 9.5, tb.generated);
  para(doc, "sans", 9.5, tb.fingerprint);
  para(doc, "sans", 9.5, tb.auditHead);
  if (tb.selection) para(doc, "sansBold", 9.5, tb.selection);

  heading(doc, ITEM_WORDS.summaryHeading, 14, 1.2, 80, 2);
  para(doc, "sans", 9.5, summaryIntro(header, options));
  doc.moveDown(0.3);
  for (const t of summaryTables(header)) drawTable(doc, t);

  const claims = claimLines(header);
  if (claims.length) {
    heading(doc, CLAIMS_HEADING, 10.5, 0.4, 40, 3);
    for (const c of claims) {
      para(doc, "sans", 9, c);
      doc.moveDown(0.15);
    }
    para(doc, "sansOblique", 8, CLAIMS_NOTE, { color: MUTED });
  }
  heading(doc, DEFINITIONS_HEADING, 10.5, 0.8, 40, 3);
  open(doc, "L");
  for (const d of DEFINITIONS) {
    open(doc, "LI");
    tag(doc, "LBody", () => write(doc, "sans", 8, `\u2022 ${d}`, { color: MUTED, indent: 4 }));
    close(doc, "LI");
    doc.moveDown(0.1);
  }
  close(doc, "L");

  if (options.content === "full") {
    doc.addPage();
    tag(doc, "H2", () => write(doc, "sansBold", 16, ITEM_WORDS.recommendationsHeading));
    doc.moveDown(0.2);
    let level = 3;
    const outline = new ReportOutline(header.cycle.sections);
    const italic = options.layout === "government";
    let any = false;
    for await (const batch of items) {
      for (const item of batch) {
        any = true;
        const { headings, leadIn } = outline.next(item);
        for (const h of headings) level = drawHeading(doc, h, italic);
        const blocks = itemBlocks(item, options.layout, leadIn);
        ensure(doc, itemNeed(doc, blocks));
        open(doc, "Sect");
        drawBlocks(doc, blocks, level);
        close(doc, "Sect");
      }
    }
    if (!any) para(doc, "sans", 10, ITEM_WORDS.noItems);
  }
  endStructure(doc);

  // Running header and page numbers, over every buffered page.
  const running = runningHeader(header, options, meta);
  const range = doc.bufferedPageRange();
  const count = range.count;
  for (let i = range.start; i < range.start + count; i++) {
    doc.switchToPage(i);
    const saved = { ...doc.page.margins };
    // Writing in the margins must not start new pages.
    doc.page.margins = { top: 0, bottom: 0, left: saved.left, right: saved.right };
    artifact(
      doc,
      () =>
        drawFurniture(
          doc,
          i > range.start,
          running,
          `Fingerprint ${meta.fingerprint}`,
          `Page ${i - range.start + 1} of ${count}`,
          saved,
        ),
      "Pagination",
    );
    doc.page.margins = saved;
  }
  doc.end();
}

/** Running header (not on the first page), fingerprint and page number: an artifact on every page. */
function drawFurniture(
  doc: Doc,
  withHeader: boolean,
  running: string,
  fingerprint: string,
  pageText: string,
  saved: PDFKit.PDFPage["margins"],
) {
  const w = doc.page.width - saved.left - saved.right;
  if (withHeader) {
    doc
      .font("sans")
      .fontSize(8)
      .fillColor(MUTED)
      .text(running, saved.left, 34, { width: w, lineBreak: false, ellipsis: true });
    doc
      .moveTo(saved.left, 47)
      .lineTo(saved.left + w, 47)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke();
  }
  const fy = doc.page.height - 40;
  doc
    .font("sans")
    .fontSize(8)
    .fillColor(MUTED)
    .text(fingerprint, saved.left, fy, { width: w / 2, lineBreak: false });
  doc.text(pageText, saved.left + w / 2, fy, { width: w / 2, align: "right", lineBreak: false });
}

export function exportPdf(
  header: ReportHeaderLike,
  items: AsyncIterable<ExportItem[]>,
  options: ReportOptions,
  meta: ExportMeta,
): ReadableStream<Uint8Array> {
  const tb = titleBlock(header, options, meta);
  const doc = makeDoc(
    options,
    `${tb.title} \u2013 ${REPORT_KIND}`,
    `${tb.statusOn} \u00b7 ${tb.recordedOn}`,
    meta.generatedAt,
  );
  render(doc, header, items, options, meta).catch((error: unknown) =>
    doc.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return webStream(doc);
}
