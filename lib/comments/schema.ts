import { z } from "zod";
import { entityId, plainText } from "@/lib/validation";

export const COMMENT_MAX = 5000;

export const NewCommentSchema = z.object({
  recommendationId: entityId("Recommendation"),
  body: plainText("Comment", COMMENT_MAX),
});
export const EditCommentSchema = z.object({
  id: entityId("Comment"),
  body: plainText("Comment", COMMENT_MAX),
});
export type NewComment = z.infer<typeof NewCommentSchema>;
export type EditComment = z.infer<typeof EditCommentSchema>;
