// The kinds of evidence file the tracker accepts, their names in words and media types. No imports: pages
// and the audit's readable history use these without loading the PDF and DOCX readers.
export type EvidenceKind = "pdf" | "docx" | "xlsx" | "png" | "jpeg" | "webp";

/** In words, for people: lists, messages, the audit page. */
export const EVIDENCE_KIND_NAMES: Record<EvidenceKind, string> = {
  pdf: "PDF",
  docx: "Word document (DOCX)",
  xlsx: "Excel workbook (XLSX)",
  png: "PNG image",
  jpeg: "JPEG image",
  webp: "WebP image",
};

export const EVIDENCE_MEDIA_TYPES: Record<EvidenceKind, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
};

export const EVIDENCE_ACCEPTED = "PDF, Word (DOCX), Excel (XLSX), or a PNG, JPEG or WebP image";
