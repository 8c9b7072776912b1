// The one CSV cell writer of every export (audit log, reports, templates). Safe whichever list separator
// the reader's spreadsheet uses: a cell holding "," or ";" (European locales split on ";"), a quote or a
// line break is quoted (RFC 4180), and a cell a spreadsheet would run as a formula is neutralised.

/** Cells starting with these are formulas (or become one) in Excel, LibreOffice and Google Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Quote a cell; prefix cells starting with = + - @ tab or CR with ' so spreadsheets show them as text. */
export function csvCell(value: unknown): string {
  let s =
    value === null || value === undefined
      ? ""
      : value instanceof Date
        ? Number.isNaN(value.getTime())
          ? ""
          : value.toISOString()
        : typeof value === "string"
          ? value
          : String(value);
  // A NUL makes some CSV readers stop at that cell: shown as the replacement character instead.
  // eslint-disable-next-line no-control-regex -- matching the NUL control character is the point
  s = s.replace(/\u0000/g, "\uFFFD");
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",;\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (CRLF) of cells. */
export function csvRow(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
