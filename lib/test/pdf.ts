// Real PDFs for tests (typeset with pdfkit, as the report exporter does): one array of lines per page.
import path from "node:path";
import PDFDocument from "pdfkit";

const FONT = path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf");

/**
 * `small` sets 8-point DejaVu Sans (Cyrillic-capable), small enough that no line wraps again, so the PDF keeps
 * the given lines; otherwise pdfkit's default font and size.
 */
export async function pdfOf(pages: string[][], { small = false } = {}): Promise<Uint8Array> {
  const doc = new PDFDocument(small ? { size: "A4", font: FONT } : { size: "A4" });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((r) => doc.on("end", () => r()));
  pages.forEach((lines, i) => {
    if (i > 0) doc.addPage();
    for (const line of lines) (small ? doc.fontSize(8) : doc).text(line === "" ? " " : line);
  });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
