// The preview: pasted text or an uploaded report (kind judged by its bytes) parsed on the server, with the
// items whose label the cycle already records marked. Nothing is written.
import "server-only";
import { createHash } from "node:crypto";
import { canEdit, type SessionUser } from "@/lib/auth/policy";
import { extractText, FILE_KIND_NAMES, sniffFileKind } from "@/lib/files/extract-text";
import { UnsafeArchiveError } from "@/lib/files/zip-limits";
import { parseReportText } from "./parse";
import type { ParsedItem } from "./parsed";
import { alreadyRecorded } from "./policy";
import { recordedLabels } from "./queries";
import { MAX_REPORT_BYTES, StartImportSchema } from "./schema";

export interface PreviewSource {
  fileName: string;
  fileSha256: string;
  kind: string;
  bytes: number;
}

export type PreviewAnswer =
  | { ok: true; items: ParsedItem[]; warnings: string[]; recorded: string[]; source: PreviewSource | null }
  | { ok: false; status: number; message: string; fieldErrors: Record<string, string[]> };

const fail = (status: number, message: string, fieldErrors: Record<string, string[]> = {}): PreviewAnswer => ({
  ok: false,
  status,
  message,
  fieldErrors,
});

export const MAX_REPORT_MB = MAX_REPORT_BYTES / 1024 / 1024;

export async function preview(user: SessionUser | null, form: FormData): Promise<PreviewAnswer> {
  if (!canEdit(user)) return fail(403, "You do not have permission to import recommendations.");
  const file = form.get("file");
  const parsed = StartImportSchema.safeParse({
    cycleId: form.get("cycleId") ?? undefined,
    documentId: form.get("documentId") ?? undefined,
    text: form.get("text") ?? undefined,
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const i of parsed.error.issues) (fieldErrors[i.path.join(".") || "form"] ??= []).push(i.message);
    return fail(400, "Please correct the highlighted fields.", fieldErrors);
  }
  const labels = await recordedLabels(parsed.data.cycleId);
  if (!labels) return fail(404, "This election cycle does not exist.");
  let text = parsed.data.text ?? "";
  let source: PreviewSource | null = null;
  if (file instanceof File && file.size > 0) {
    if (text) return fail(400, "Paste the section or choose a file, not both.", { file: ["Choose one of the two"] });
    if (file.size > MAX_REPORT_BYTES)
      return fail(413, "The file is too large.", { file: [`The file is larger than ${MAX_REPORT_MB} MB`] });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const kind = sniffFileKind(bytes);
    if (!kind)
      return fail(415, "The file could not be read.", {
        file: ["This is not a PDF, a Word document (DOCX) or UTF-8 text (judged by its content, not its name)"],
      });
    try {
      text = await extractText(bytes, kind);
    } catch (error) {
      return fail(422, "The file could not be read.", {
        file: [
          error instanceof UnsafeArchiveError
            ? error.message
            : `The ${FILE_KIND_NAMES[kind]} seems damaged: its text could not be extracted`,
        ],
      });
    }
    source = {
      fileName: file.name.slice(0, 300) || "uploaded file",
      fileSha256: createHash("sha256").update(bytes).digest("hex"),
      kind: FILE_KIND_NAMES[kind],
      bytes: bytes.length,
    };
  }
  if (!text.trim())
    return fail(400, "There is nothing to read.", { text: ["Paste the recommendations section, or choose a file"] });
  const report = parseReportText(text);
  if (report.items.length === 0)
    return fail(422, "No numbered recommendations were found in this text.", {
      [source ? "file" : "text"]: [
        "No numbered recommendations were found: paste the recommendations section itself, starting at its first heading",
        ...report.warnings.slice(0, 5),
      ],
    });
  return {
    ok: true,
    items: report.items,
    warnings: report.warnings,
    recorded: [...alreadyRecorded(report.items, labels)],
    source,
  };
}
