// Bulk changes from a cycle's list: the ticked recommendations get one owner, one responsible institution, or
// one target date (a follow-up entry each) in one audited step (docs/decisions/013-bulk-changes.md). Shared by
// the panel, the actions and the tests.
import { z } from "zod";
import { datedSchema } from "@/lib/dated";
import { entityId, optionalEntityId, optionalText, plainText, requiredDate } from "@/lib/validation";

export const MAX_BULK = 500;

/** The ticked boxes: sent once, many times, or not at all; each a recommendation, each once. */
export const recommendationIds = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v.filter((x) => x !== "") : [v]),
  z
    .array(entityId("Recommendation"))
    .min(1, "Select at least one recommendation")
    .max(MAX_BULK, `Select at most ${MAX_BULK} recommendations`)
    .refine((a) => new Set(a).size === a.length, "Each recommendation can be selected only once"),
);

export const BulkOwnerSchema = z.object({ recommendationIds, ownerId: entityId("Owner") });

/** As when assigning one: since when the institution is responsible, in the world. */
export const BulkInstitutionSchema = datedSchema(
  { recommendationIds, institutionId: entityId("Institution"), reason: optionalText("Reason", 2000) },
  "Responsible since",
);

/**
 * One follow-up entry per recommendation carrying the target date (decision 012: target dates live on entries);
 * its date is the day the target was set, its next step is required (it is what /deadlines shows).
 */
export const BulkTargetDateSchema = datedSchema(
  {
    recommendationIds,
    targetDate: requiredDate("Target date"),
    nextStep: plainText("Next step", 500),
    institutionId: optionalEntityId("Responsible institution"),
  },
  "Date the target was set",
);

export type BulkOwner = z.infer<typeof BulkOwnerSchema>;
export type BulkInstitution = z.infer<typeof BulkInstitutionSchema>;
export type BulkTargetDate = z.infer<typeof BulkTargetDateSchema>;

/** What a bulk step did: how many changed, how many were already so (nothing recorded for those). */
export interface BulkResult {
  id: string;
  changed: number;
  already: number;
}

export const resultMessage = (r: BulkResult) => {
  const changed = `${r.changed} changed`;
  return r.already > 0 ? `${changed}, ${r.already} already so.` : `${changed}.`;
};
