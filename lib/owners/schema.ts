import { z } from "zod";
import { entityId, formVersion, optionalEntityId } from "@/lib/validation";

/** Set, change or clear (empty) a recommendation's owner; `version` is the recommendation's as the form opened. */
export const SetOwnerSchema = z.object({
  id: entityId("Recommendation"),
  version: formVersion,
  ownerId: optionalEntityId("Owner"),
});
export type SetOwner = z.infer<typeof SetOwnerSchema>;

/** The deadline views: target dates passed, or falling within the next `days` days. */
export const DeadlineViewSchema = z.object({
  view: z.enum(["overdue", "upcoming"]).catch("overdue"),
  days: z.coerce.number().int().min(1).max(365).catch(30),
});
export type DeadlineView = z.infer<typeof DeadlineViewSchema>;
