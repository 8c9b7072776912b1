// PDF drawing basics shared by the report's parts (export-pdf.ts, pdf-table.ts):
// the document (paper, margins, DejaVu fonts, tagged, language, title), the
// ink, and text helpers that also tag what they draw (pdf-tags.ts).
import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { ReportOptions } from "./schema";
import { tag } from "./pdf-tags";

const FONT_DIR = path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf");
const FONTS = {
  sans: "DejaVuSans.ttf",
  sansBold: "DejaVuSans-Bold.ttf",
  sansOblique: "DejaVuSans-Oblique.ttf",
  serif: "DejaVuSerif.ttf",
  serifItalic: "DejaVuSerif-Italic.ttf",
  serifBold: "DejaVuSerif-Bold.ttf",
} as const;
export type FontName = keyof typeof FONTS;

const PAPER = { a4: "A4", letter: "LETTER" } as const;
const MARGIN = { top: 68, bottom: 62, left: 50, right: 50 };
export const INK = "#111111";
export const MUTED = "#444444";
export const RULE = "#999999";

export type Doc = PDFKit.PDFDocument;

/** The language of the report's own words (headings, labels) when none is named: English. */
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

export const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;
export const width = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const left = (doc: Doc) => doc.page.margins.left;

/** Starts a new page unless `need` points still fit on this one. */
export function ensure(doc: Doc, need: number) {
  if (doc.y + need > bottom(doc)) doc.addPage();
}

export function write(
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

export function heightOf(doc: Doc, font: FontName, size: number, text: string, indent = 0): number {
  return doc
    .font(font)
    .fontSize(size)
    .heightOfString(text, { width: width(doc) - indent });
}

/** "Label: value" with the label in bold. */
export function labelled(doc: Doc, label: string, value: string, size = 9.5, indent = 0) {
  tag(doc, "P", () => {
    doc
      .font("sansBold")
      .fontSize(size)
      .fillColor(INK)
      .text(`${label}: `, left(doc) + indent, doc.y, { width: width(doc) - indent, continued: true });
    doc.font("sans").text(value);
  });
}

/** A paragraph: write() tagged P; `lang` (a BCP 47 tag) when it is in another language than the document. */
export function para(
  doc: Doc,
  font: FontName,
  size: number,
  text: string,
  opts: PDFKit.Mixins.TextOptions & { color?: string; indent?: number; lang?: string } = {},
) {
  const { lang, ...rest } = opts;
  tag(doc, "P", () => write(doc, font, size, text, rest), lang ? { lang } : {});
}

/** A heading of the given level (1…6) for the structure tree. */
export function heading(doc: Doc, text: string, size: number, before: number, keep: number, level: number) {
  doc.moveDown(before);
  ensure(doc, heightOf(doc, "sansBold", size, text) + keep);
  tag(doc, `H${Math.min(6, level)}`, () => write(doc, "sansBold", size, text));
  doc.moveDown(0.3);
}
