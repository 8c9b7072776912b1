// What a document's form accepts (shared by the "New document" and "Edit document details" forms and actions),
// and the limits of an uploaded file.
import { z } from "zod";
import { DOCUMENT_TYPE, type DocumentType } from "@/lib/vocab";
import { REASON_MAX, calendarDate, entityId, formVersion, httpUrl, optionalText, plainText } from "@/lib/validation";

export const DOCUMENT_TYPES = Object.keys(DOCUMENT_TYPE) as [DocumentType, ...DocumentType[]];

/** How long each text of a document's details may be (schema and form counters). */
export const DOCUMENT_LIMITS = { title: 500, issuer: 300, place: 200 } as const;

export const DocumentFieldsSchema = z.object({
  type: z.enum(DOCUMENT_TYPES, { message: "Choose the type of document" }),
  title: plainText("Title", DOCUMENT_LIMITS.title),
  issuer: plainText("Issuer", DOCUMENT_LIMITS.issuer),
  issuedOn: calendarDate("Date", { notFuture: true }),
  place: optionalText("Place", DOCUMENT_LIMITS.place),
  sourceUrl: httpUrl("Source link"),
  reason: optionalText("Reason for the change", REASON_MAX),
});

export const NewDocumentSchema = DocumentFieldsSchema.extend({ cycleId: entityId("Election cycle") });
export const EditDocumentSchema = DocumentFieldsSchema.extend({ id: entityId("Document"), version: formVersion });
export type NewDocument = z.infer<typeof NewDocumentSchema>;
export type EditDocument = z.infer<typeof EditDocumentSchema>;

/** The largest file a document may carry: a long final report as PDF is a few MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILE_LABEL = "20 MB";
const MAX_NAME = 255;

/** An uploaded file's form fields (multipart), checked before its bytes are judged by content. */
export const UploadSchema = z.object({
  file: z
    .instanceof(File, { message: "Choose a file to upload" })
    .refine((f) => f.size > 0, "The file is empty")
    .refine((f) => f.size <= MAX_FILE_BYTES, `The file is larger than ${MAX_FILE_LABEL}`),
  reason: optionalText("Reason for the change", 2000),
});

/** The user's name for the file, kept as text to show (escaped when rendered), without any folder part. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return (clean || "file").slice(0, MAX_NAME);
}

export const documentIdSchema = entityId("Document");
