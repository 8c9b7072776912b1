// A summary table in the PDF report, tagged as a table for screen readers: THead
// and TBody rows, column headers and row headers as TH, figures as TD. Rules and
// the header repeated after a page break are artifacts (drawn for the eye only).
import "server-only";
import type { ReportTable } from "./export-text";
import { artifact, close, open, tag } from "./pdf-tags";
import { bottom, ensure, heading, INK, left, MUTED, para, RULE, width, type Doc, type FontName } from "./pdf-draw";

/** A summary table: its title (H3) and caption, then the table with header cells, tagged. */
export function drawTable(doc: Doc, t: ReportTable) {
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
