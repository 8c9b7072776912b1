"use server";
// The server actions of the discussion, each declared once (lib/actions/define.ts).
import { action } from "@/lib/actions/define";
import type { SessionUser } from "@/lib/auth/policy";
import { addComment, editComment } from "./mutations";
import { mayJoinDiscussions } from "./policy";
import { EditCommentSchema, NewCommentSchema } from "./schema";

// Editors, admins and contributors of an institution; whether this recommendation's discussion is theirs is
// decided in the mutation (a contributor's refusal there reads "does not exist").
const allow = (user: SessionUser | null) => mayJoinDiscussions(user);

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
