// GET /api/templates/recommendation-texts: the blank CSV template of a new
// cycle's recommendation texts: the header row the text import reads, nothing
// else (an example row could be imported by mistake as a text). Holds no data,
// so it needs no permission. Columns: docs/spreadsheet-template.md.
import { csvRow } from "@/lib/csv";
import { IMPORT_COLUMNS } from "@/lib/recommendations/import";

export function GET(): Response {
  return new Response(`\uFEFF${csvRow(IMPORT_COLUMNS)}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="recommendation-texts-template.csv"',
      "X-Content-Type-Options": "nosniff",
    },
  });
}
