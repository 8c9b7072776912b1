// PDF (pdfkit): A4 or Letter; title block, summary tables, then every item in
// report order under its section and topic headings. Running header (cycle
// and moment) and "Page n of m" are drawn at the end over the buffered pages.
// DejaVu fonts cover Latin, Cyrillic (Russian, Kazakh) and typographic marks.
// Tagged for screen readers (pdf-tags.ts): headings, paragraphs, lists and
// tables in reading order, the document language, page furniture as artifacts.
import "server-only";
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
  type OutlineHeading,
  type ReportHeaderLike,
} from "./export-text";
import { webStream } from "./export-stream";
import { artifact, beginStructure, close, endStructure, open, tag } from "./pdf-tags";
import {
  bottom,
  ensure,
  heading,
  heightOf,
  INK,
  labelled,
  left,
  makeDoc,
  MUTED,
  para,
  RULE,
  width,
  write,
  type Doc,
} from "./pdf-draw";
import { drawTable } from "./pdf-table";

export { makeDoc };

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
    // A text quoted in another language than the report's (an untranslated original) carries its own /Lang.
    case "recText":
      para(doc, b.italic ? "serifItalic" : "serif", 10.5, b.text, { indent: 10, lineGap: 1.5, lang: b.lang });
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
      para(doc, "serif", 9.5, b.text, { lineGap: 1, lang: b.lang });
      doc.moveDown(0.3);
      return;
    case "statusSentence":
      para(doc, "serifBold", 9.5, b.text, { lang: b.lang });
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
  const w = wordsOf(options);
  const tb = titleBlock(header, options, meta, w);
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

  heading(doc, w.t("summary.heading"), 14, 1.2, 80, 2);
  para(doc, "sans", 9.5, summaryIntro(header, options, w));
  doc.moveDown(0.3);
  for (const t of summaryTables(header, w)) drawTable(doc, t);

  const claims = claimLines(header, w);
  if (claims.length) {
    heading(doc, w.t("claims.heading"), 10.5, 0.4, 40, 3);
    for (const c of claims) {
      para(doc, "sans", 9, c);
      doc.moveDown(0.15);
    }
    para(doc, "sansOblique", 8, w.t("claims.note"), { color: MUTED });
  }
  heading(doc, w.t("definitions.heading"), 10.5, 0.8, 40, 3);
  open(doc, "L");
  for (const d of definitions(w)) {
    open(doc, "LI");
    tag(doc, "LBody", () => write(doc, "sans", 8, `\u2022 ${d}`, { color: MUTED, indent: 4 }));
    close(doc, "LI");
    doc.moveDown(0.1);
  }
  close(doc, "L");

  if (options.content === "full") {
    doc.addPage();
    tag(doc, "H2", () => write(doc, "sansBold", 16, w.t("item.recommendationsHeading")));
    doc.moveDown(0.2);
    let level = 3;
    const outline = new ReportOutline(header.cycle.sections, w.t("section.none"));
    const italic = options.layout === "government";
    let any = false;
    for await (const batch of items) {
      for (const item of batch) {
        any = true;
        const { headings, leadIn } = outline.next(item);
        for (const h of headings) level = drawHeading(doc, h, italic);
        const blocks = itemBlocks(item, options.layout, leadIn, w);
        ensure(doc, itemNeed(doc, blocks));
        open(doc, "Sect");
        drawBlocks(doc, blocks, level);
        close(doc, "Sect");
      }
    }
    if (!any) para(doc, "sans", 10, w.t("item.noItems"));
  }
  endStructure(doc);

  // Running header and page numbers, over every buffered page.
  const running = runningHeader(header, options, meta, w);
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
          w.t("title.fingerprint", { fingerprint: meta.fingerprint }),
          w.t("page.pageOf", { page: i - range.start + 1, pages: count }),
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
  const w = wordsOf(options);
  const tb = titleBlock(header, options, meta, w);
  // The document's /Lang is the report's language (its own words); a quoted text in another language is tagged.
  const doc = makeDoc(
    options,
    `${tb.title} \u2013 ${w.t("kind")}`,
    `${tb.statusOn} \u00b7 ${tb.recordedOn}`,
    meta.generatedAt,
    w.locale,
  );
  render(doc, header, items, options, meta).catch((error: unknown) =>
    doc.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return webStream(doc);
}
