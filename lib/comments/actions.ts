"use server";
// The server actions of the discussion, each declared once (lib/actions/define.ts).
import { action } from "@/lib/actions/define";
import type { SessionUser } from "@/lib/auth/policy";
import { addComment, editComment } from "./mutations";
import { mayDiscuss } from "./policy";
import { EditCommentSchema, NewCommentSchema } from "./schema";

const allow = (user: SessionUser | null) => mayDiscuss(user?.role);

export const addCommentAction = action({
  name: "addComment",
  schema: NewCommentSchema,
  allow,
  run: (db, actor, input) => addComment(db, actor, input),
  success: () => ({ message: "Your comment was posted." }),
});

export const editCommentAction = action({
  name: "editComment",
  schema: EditCommentSchema,
  allow,
  run: (db, actor, input) => editComment(db, actor, input),
  success: () => ({ message: "Your comment was changed." }),
});
