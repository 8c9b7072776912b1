// The PDF document setup: which font pdfkit draws with must follow doc.font()
// only, also when a long text runs onto a new page by itself.
import { describe, expect, it } from "vitest";
import { parseReportOptions } from "./schema";
import { makeDoc } from "./export-pdf";

describe("PDF document setup", () => {
  it("a paragraph that runs onto the next pages keeps its font there", () => {
    // A default font in the constructor made pdfkit switch back to it on every
    // automatic page break (and re-parse DejaVuSans on every doc.font("sans")).
    const { options } = parseReportOptions({});
    const doc = makeDoc(options, "Title", "Subject", new Date("2026-01-02T03:04:05Z"));
    doc.font("serif").fontSize(9.5).text("Орталық сайлау комиссиясы ә ғ қ ң ө ұ ү һ і ".repeat(400));
    const range = doc.bufferedPageRange();
    const fonts: string[] = [];
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      fonts.push(Object.keys(doc.page.fonts).join(","));
    }
    doc.end();
    expect(fonts.length).toBeGreaterThan(2);
    expect(fonts[0]!.split(",")).toHaveLength(1);
    expect(fonts).toEqual(fonts.map(() => fonts[0]));
  });
});
