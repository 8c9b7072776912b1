// A report file (PDF, DOCX, UTF-8 text) to parsed items: kind judged by content, text extracted, parsed.
// Shared by `npm run parse-report` and any upload that wants the same answer.
import { extractText, sniffFileKind } from "@/lib/files/extract-text";
import { UnsafeArchiveError } from "@/lib/files/zip-limits";
import { parseReportText } from "./parse";
import type { ParsedReport } from "./parsed";

export type ParseFileResult = { ok: true; report: ParsedReport } | { ok: false; message: string };

export const UNSUPPORTED_FILE =
  "This file is not a PDF, a Word document (DOCX) or UTF-8 text, so no text can be read from it.";

export async function parseReportFile(bytes: Uint8Array): Promise<ParseFileResult> {
  const kind = sniffFileKind(bytes);
  if (kind === null) return { ok: false, message: UNSUPPORTED_FILE };
  let text: string;
  try {
    text = await extractText(bytes, kind);
  } catch (error) {
    if (error instanceof UnsafeArchiveError) return { ok: false, message: error.message };
    return { ok: false, message: `The file looks like a ${kind.toUpperCase()} file but its text cannot be read.` };
  }
  return { ok: true, report: parseReportText(text) };
}

/** The command's output: exactly the items, in the order printed, as the issue specifies. */
export function itemsJson(report: ParsedReport): string {
  const items = report.items.map(({ label, section, topic, leadIn, text, response }) => ({
    label,
    section,
    topic,
    leadIn,
    text,
    response: response && { status: response.status, text: response.text, statusSentence: response.statusSentence },
  }));
  return JSON.stringify({ items }, null, 2);
}
