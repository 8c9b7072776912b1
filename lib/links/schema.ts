import { z } from "zod";
import { entityId, optionalText } from "@/lib/validation";

export const LinkSchema = z.object({
  fromId: entityId("Recommendation"),
  toId: z.string().min(1, "Choose an earlier recommendation").pipe(entityId("Earlier recommendation")),
  kind: z.enum(["REPEATS", "BUILDS_ON"], { message: "Choose whether it repeats or builds on the earlier one" }),
  note: optionalText("Note", 2000),
});
export const UnlinkSchema = z.object({
  fromId: entityId("Recommendation"),
  toId: entityId("Earlier recommendation"),
  reason: optionalText("Reason", 2000),
});
export type Link = z.infer<typeof LinkSchema>;
export type Unlink = z.infer<typeof UnlinkSchema>;
