// What an uploaded file is, judged by its bytes (never its name), and its text. Shared by document uploads,
// the report-text import and `npm run parse-report`.
import mammoth from "mammoth";
import { extractText as pdfPages, getDocumentProxy } from "unpdf";
import { assertSafeZip } from "./zip-limits";

export type FileKind = "pdf" | "docx" | "text";

export const FILE_KIND_NAMES: Record<FileKind, string> = {
  pdf: "PDF",
  docx: "Word document (DOCX)",
  text: "plain text",
};

export const MEDIA_TYPES: Record<FileKind, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  text: "text/plain; charset=utf-8",
};

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/** PDF by its header, DOCX by a ZIP holding word/document.xml, text by valid UTF-8 without NULs. */
export function sniffFileKind(bytes: Uint8Array): FileKind | null {
  if (bytes.length === 0) return null;
  // "%PDF-" may follow a few bytes of junk; readers accept it within the first kilobyte.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (head.includes("%PDF-")) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // The ZIP's local file names are plain bytes: a DOCX names word/document.xml among its first entries.
    return Buffer.from(bytes).includes("word/document.xml", 0, "latin1") ? "docx" : null;
  }
  if (bytes.includes(0)) return null;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "text";
  } catch {
    return null;
  }
}

/**
 * The text as extracted, with its lines. PDF pages are separated by a form feed ("\f"), so that running
 * headers, footers and page numbers can be recognised per page.
 */
export async function extractText(bytes: Uint8Array, kind: FileKind): Promise<string> {
  if (kind === "text") return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  if (kind === "docx") {
    assertSafeZip(bytes, "Word document");
    return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  }
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await pdfPages(pdf, { mergePages: false });
  return text.join("\f");
}
