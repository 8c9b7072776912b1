"use server";
// The server actions of review before publishing, each declared once (lib/actions/define.ts). `allow` is the
// role gate; the mutations decide the rest (author, institution, review state) from the database.
import { action } from "@/lib/actions/define";
import { isContributor, canReview } from "@/lib/auth/policy";
import { createDraft, editDraft, publishDraft, returnDraft, submitDraft } from "./mutations";
import {
  createProgressDraft,
  editProgressDraft,
  publishProgressDraft,
  returnProgressDraft,
  submitProgressDraft,
} from "./progress-mutations";
import {
  DraftStepSchema,
  EditDraftSchema,
  EditProgressDraftSchema,
  NewDraftSchema,
  NewProgressDraftSchema,
  ReturnDraftSchema,
} from "./schema";

export const createDraftAction = action({
  name: "createDraft",
  schema: NewDraftSchema,
  allow: isContributor,
  run: createDraft,
  success: () => ({
    message: "Your draft was saved. Submit it for review when it is ready; until then only you see it.",
  }),
});

export const editDraftAction = action({
  name: "editDraft",
  schema: EditDraftSchema,
  allow: isContributor,
  run: editDraft,
  success: () => ({ message: "Your draft was saved." }),
});

export const submitDraftAction = action({
  name: "submitDraft",
  schema: DraftStepSchema,
  allow: isContributor,
  run: submitDraft,
  success: () => ({ message: "Submitted for review. An editor will publish it or return it to you with a comment." }),
});

export const returnDraftAction = action({
  name: "returnDraft",
  schema: ReturnDraftSchema,
  allow: canReview,
  run: returnDraft,
  success: () => ({ message: "The draft was returned to its author with your comment." }),
});

export const publishDraftAction = action({
  name: "publishDraft",
  schema: DraftStepSchema,
  allow: canReview,
  run: publishDraft,
  success: () => ({ message: "The draft was published as a follow-up entry." }),
});

// Progress updates (a state response in review): the same cycle, their own actions.
export const createProgressDraftAction = action({
  name: "createProgressDraft",
  schema: NewProgressDraftSchema,
  allow: isContributor,
  run: createProgressDraft,
  success: () => ({
    message: "Your progress update was saved. Submit it for review when it is ready; until then only you see it.",
  }),
});

export const editProgressDraftAction = action({
  name: "editProgressDraft",
  schema: EditProgressDraftSchema,
  allow: isContributor,
  run: editProgressDraft,
  success: () => ({ message: "Your progress update was saved." }),
});

export const submitProgressDraftAction = action({
  name: "submitProgressDraft",
  schema: DraftStepSchema,
  allow: isContributor,
  run: submitProgressDraft,
  success: () => ({ message: "Submitted for review. An editor will publish it or return it to you with a comment." }),
});

export const returnProgressDraftAction = action({
  name: "returnProgressDraft",
  schema: ReturnDraftSchema,
  allow: canReview,
  run: returnProgressDraft,
  success: () => ({ message: "The progress update was returned to its author with your comment." }),
});

export const publishProgressDraftAction = action({
  name: "publishProgressDraft",
  schema: DraftStepSchema,
  allow: canReview,
  run: publishProgressDraft,
  success: () => ({ message: "The progress update was published as the state's response." }),
});
