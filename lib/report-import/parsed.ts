// What the report-text parser finds, and what the import preview edits and commits: one contract shared by
// the parser (parse.ts), `npm run parse-report`, the preview form and the import mutation.
import { z } from "zod";

/** The state's response vocabulary that a closing status sentence can map to (never NO_RESPONSE). */
export const PARSED_RESPONSE_STATUSES = [
  "IMPLEMENTED",
  "AT_STAGE_OF_IMPLEMENTATION",
  "ACCEPTED_IN_PART",
  "REQUIRES_FURTHER_STUDY",
  "CANNOT_BE_ACCEPTED",
] as const;

export const ParsedResponseSchema = z.object({
  status: z.enum(PARSED_RESPONSE_STATUSES),
  /** The government's answer, whitespace-normalised, without the closing status sentence. */
  text: z.string(),
  /** The closing status sentence as printed, e.g. "The recommendation is implemented." */
  statusSentence: z.string().nullable(),
});

export const ParsedItemSchema = z.object({
  /** As printed and normalised: "1", "2(a)", "16(b)". */
  label: z.string().min(1).max(20),
  /** The section heading as printed, normalised ("A. Priority recommendations"), or null before any. */
  section: z.string().nullable(),
  /** A topic heading inside the section ("Election administration"), or null. */
  topic: z.string().nullable(),
  /** The shared lead-in of lettered parts ("… consideration could be given to:"), or null. */
  leadIn: z.string().nullable(),
  /** The item's text, whitespace-normalised, paragraphs joined by "\n\n", line-break hyphens joined. */
  text: z.string().min(1),
  response: ParsedResponseSchema.nullable(),
});

export const ParsedReportSchema = z.object({
  items: z.array(ParsedItemSchema),
  /** Things a person should look at ("line 212: numbering jumps from 7 to 9"); never fatal. */
  warnings: z.array(z.string()),
});

export type ParsedResponse = z.infer<typeof ParsedResponseSchema>;
export type ParsedItem = z.infer<typeof ParsedItemSchema>;
export type ParsedReport = z.infer<typeof ParsedReportSchema>;
