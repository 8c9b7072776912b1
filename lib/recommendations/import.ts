// Import of recommendation texts from a CSV file (texts found in a final
// report that the tracker does not have yet). Parsing and row validation are
// pure and unit-tested; the import itself is all-or-nothing (import-mutation.ts).
import { z } from "zod";
import { httpUrl, optionalText, plainText } from "@/lib/validation";
import { parseLabel } from "./order";

export const IMPORT_COLUMNS = [
  "label",
  "section",
  "priority",
  "lead_in",
  "text",
  "text_verified",
  "provenance",
  "source_location",
  "source_url",
] as const;
// Below Next.js's default 1 MB limit for a server action's request body.
export const MAX_IMPORT_BYTES = 900_000;
export const MAX_IMPORT_ROWS = 1_000;

/** RFC 4180: quoted fields with doubled quotes, commas and line breaks inside quotes; CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const src = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ""));
}

const yes = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z.enum(["yes", "no", ""], { message: 'must be "yes" or "no"' }),
);

export const ImportRowSchema = z.object({
  label: z
    .string()
    .trim()
    .refine((s) => parseLabel(s) !== null, 'must be a number as printed, e.g. "17" or "2(a)"'),
  section: z.string().trim().max(100),
  priority: z.preprocess(
    (v) => (typeof v === "string" && v.trim() ? v.trim().toUpperCase() : "UNSPECIFIED"),
    z.enum(["PRIORITY", "OTHER", "UNSPECIFIED"], { message: "must be Priority, Other or empty" }),
  ),
  lead_in: optionalText("lead_in", 5_000),
  text: plainText("text", 20_000),
  text_verified: yes,
  provenance: plainText("provenance", 2_000),
  source_location: optionalText("source_location", 300),
  source_url: httpUrl("source_url"),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

export type ParsedImport = { ok: true; rows: ImportRow[] } | { ok: false; errors: string[] };

/** Header check, then every row validated; all problems reported at once, by row and column. */
export function parseImport(text: string): ParsedImport {
  if (Buffer.byteLength(text, "utf8") > MAX_IMPORT_BYTES)
    return {
      ok: false,
      errors: [`The file is larger than ${MAX_IMPORT_BYTES / 1_000} kB: split it into smaller files.`],
    };
  const [header, ...body] = parseCsv(text);
  if (!header) return { ok: false, errors: ["The file is empty."] };
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = IMPORT_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length)
    return {
      ok: false,
      errors: [
        `Missing columns: ${missing.join(", ")}. The first line must name the columns: ${IMPORT_COLUMNS.join(", ")}.`,
      ],
    };
  if (body.length === 0) return { ok: false, errors: ["The file has no rows after the header."] };
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, errors: [`At most ${MAX_IMPORT_ROWS} rows per import.`] };
  const errors: string[] = [];
  const rows: ImportRow[] = [];
  const seen = new Set<string>();
  body.forEach((cells, i) => {
    const line = i + 2;
    const record = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, cells[names.indexOf(c)] ?? ""]));
    const r = ImportRowSchema.safeParse(record);
    if (!r.success) {
      for (const issue of r.error.issues) errors.push(`Line ${line}, ${String(issue.path[0])}: ${issue.message}`);
      return;
    }
    const key = r.data.label.replace(/\s+/g, "");
    if (seen.has(key)) errors.push(`Line ${line}, label: ${r.data.label} appears twice in the file`);
    seen.add(key);
    rows.push(r.data);
  });
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}
