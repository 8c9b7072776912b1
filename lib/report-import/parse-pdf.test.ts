// The paged fixture typeset as a real PDF (DejaVu, so the Cyrillic letters and superscripts survive), read
// back by the text extractor and parsed: the same items as from the text, paragraph breaks aside (a PDF has
// no blank lines, so a paragraph break is a judgement on line widths there).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractText } from "@/lib/files/extract-text";
import { parseReportText } from "./parse";
import { pdfOf } from "@/lib/test/pdf";

const fixture = readFileSync(new URL("./fixtures/final-report-paged.txt", import.meta.url), "utf8")
  .replace(/\{TAB\}/g, " ")
  .replace(/\{NBSP\}/g, "\u00A0");

describe("a final report's recommendations read from a PDF", () => {
  it("gives the items the text gives, with page furniture and footnotes gone", async () => {
    const pages = fixture.split("<<PAGE>>\n").map((p) => p.split("\n"));
    const text = await extractText(await pdfOf(pages, { small: true }), "pdf");
    expect(text.split("\f")).toHaveLength(3);
    const fromPdf = parseReportText(text);
    const fromText = parseReportText(fixture.replace(/<<PAGE>>\n/g, "\f"));
    const flat = (r: typeof fromPdf) => r.items.map((it) => ({ ...it, text: it.text.replace(/\s+/g, " ") }));
    expect(fromText.items).toHaveLength(11);
    expect(flat(fromPdf)).toEqual(flat(fromText));
    expect(fromPdf.warnings).toEqual([]);
  });
});
