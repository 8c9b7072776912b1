import { z } from "zod";
import { STATE_RESPONSE_ORDER, type StateResponseStatus } from "@/lib/vocab";
import { datedSchema } from "@/lib/dated";
import { entityId, formVersion, httpUrl, optionalEntityId, optionalText, plainText } from "@/lib/validation";

// "No response recorded" is the absence of an entry, not something to record.
const RECORDABLE = STATE_RESPONSE_ORDER.filter((s) => s !== "NO_RESPONSE") as [
  StateResponseStatus,
  ...StateResponseStatus[],
];

/** What an entry of the state's series says (also what a contributor's progress update says, lib/review). */
/** How long the texts of a response may be (schema and form counters). */
export const RESPONSE_LIMITS = { text: 20_000, statusSentence: 500, location: 300 } as const;

export const RESPONSE_CONTENT = {
  status: z.enum(RECORDABLE, { message: "Choose the state's response" }),
  text: optionalText("Response text", RESPONSE_LIMITS.text),
  statusSentence: optionalText("Status sentence", RESPONSE_LIMITS.statusSentence),
  documentId: optionalEntityId("Source document"),
  location: optionalText("Page or section", RESPONSE_LIMITS.location),
  sourceUrl: httpUrl("Source link"),
};
export const RESPONSE_DATE_LABEL = "Date of the response";

/** A new answer of the state: a new entry in the recommendation's series. */
export const NewResponseSchema = datedSchema(
  { recommendationId: entityId("Recommendation"), ...RESPONSE_CONTENT },
  RESPONSE_DATE_LABEL,
);
/** A correction of an entry (a typo, a wrong source): versioned, audited. */
export const CorrectResponseSchema = datedSchema(
  {
    id: entityId("Response"),
    version: formVersion,
    ...RESPONSE_CONTENT,
    reason: optionalText("Reason for the change", 2000),
  },
  RESPONSE_DATE_LABEL,
);
export const WithdrawResponseSchema = z.object({
  id: entityId("Response"),
  version: formVersion,
  reason: plainText("Reason for the withdrawal", 2000),
});

export type NewResponse = z.infer<typeof NewResponseSchema>;
export type CorrectResponse = z.infer<typeof CorrectResponseSchema>;
export type WithdrawResponse = z.infer<typeof WithdrawResponseSchema>;
