// What an evidence file is, judged by its bytes only (never its name or the type the browser declares):
// PDF and DOCX as lib/files/extract-text.ts recognises them, XLSX by the workbook part of its ZIP, images
// by their signatures. DOCX and XLSX must also pass the ZIP limits (lib/files/zip-limits.ts), though
// nothing here inflates them: a file that someone downloads and opens must not be a zip bomb either.
import { sniffFileKind } from "./extract-text";
import { zipProblem } from "./zip-limits";
import { EVIDENCE_ACCEPTED, EVIDENCE_KIND_NAMES, type EvidenceKind } from "./evidence-types";

export { EVIDENCE_ACCEPTED, EVIDENCE_KIND_NAMES, EVIDENCE_MEDIA_TYPES, type EvidenceKind } from "./evidence-types";

const at = (bytes: Uint8Array, sig: number[], offset = 0) => sig.every((b, i) => bytes[offset + i] === b);
const ascii = (bytes: Uint8Array, text: string, offset = 0) =>
  at(
    bytes,
    [...text].map((c) => c.charCodeAt(0)),
    offset,
  );

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

function imageKind(bytes: Uint8Array): EvidenceKind | null {
  // PNG: the 8-byte signature, then the IHDR chunk.
  if (bytes.length > 16 && at(bytes, PNG) && ascii(bytes, "IHDR", 12)) return "png";
  // JPEG: start of image, then a marker segment.
  if (bytes.length > 4 && at(bytes, JPEG)) return "jpeg";
  // WebP: a RIFF container of form type WEBP whose declared size fits the file.
  if (bytes.length > 16 && ascii(bytes, "RIFF") && ascii(bytes, "WEBP", 8) && ascii(bytes, "VP8", 12)) {
    const declared = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
    return declared + 8 <= bytes.length + 1 ? "webp" : null;
  }
  return null;
}

export type EvidenceJudgement = { ok: true; kind: EvidenceKind } | { ok: false; message: string };

/** The file's kind, or why it is refused, in words for the person who chose it. */
export function judgeEvidence(bytes: Uint8Array): EvidenceJudgement {
  const image = imageKind(bytes);
  if (image) return { ok: true, kind: image };
  const document = sniffFileKind(bytes);
  if (document === "pdf") return { ok: true, kind: "pdf" };
  let zip: "docx" | "xlsx" | null = document === "docx" ? "docx" : null;
  // The ZIP's local file names are plain bytes: a workbook names xl/workbook.xml among its entries.
  if (!zip && at(bytes, ZIP) && Buffer.from(bytes).includes("xl/workbook.xml", 0, "latin1")) zip = "xlsx";
  if (zip) {
    const problem = zipProblem(bytes);
    if (problem) return { ok: false, message: `This ${EVIDENCE_KIND_NAMES[zip]} cannot be accepted: ${problem}.` };
    return { ok: true, kind: zip };
  }
  return { ok: false, message: `This file is not a ${EVIDENCE_ACCEPTED} (judged by its content, not its name)` };
}
