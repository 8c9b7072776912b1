// What the evidence forms accept: the upload's fields (multipart, checked before the bytes are judged by
// content) and the removal form. Shared by the upload route, the server action and their tests.
import { z } from "zod";
import { entityId, optionalText } from "@/lib/validation";
import { MAX_FILE_BYTES, MAX_FILE_LABEL } from "@/lib/documents/schema";

/** As for a document's file: a scanned letter or a long annex as PDF is a few MB; one file is at most 20 MB. */
export const MAX_EVIDENCE_BYTES = MAX_FILE_BYTES;
export const MAX_EVIDENCE_LABEL = MAX_FILE_LABEL;

export const ENTRY_KINDS = ["followUp", "stateResponse"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const EvidenceUploadSchema = z.object({
  entryKind: z.enum(ENTRY_KINDS, { message: "Choose the entry the file belongs to" }),
  entryId: entityId("Entry"),
  file: z
    .instanceof(File, { message: "Choose a file to attach" })
    .refine((f) => f.size > 0, "The file is empty")
    .refine((f) => f.size <= MAX_EVIDENCE_BYTES, `The file is larger than ${MAX_EVIDENCE_LABEL}`),
  reason: optionalText("Reason", 2000),
});

export const RemoveEvidenceSchema = z.object({
  id: entityId("Evidence file"),
  reason: optionalText("Reason", 2000),
});
export type RemoveEvidence = z.infer<typeof RemoveEvidenceSchema>;

export const evidenceIdSchema = entityId("Evidence file");
