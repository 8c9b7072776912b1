"use server";
// The server actions of this domain, each declared once (lib/actions/define.ts): schema, policy, mutation, pages.
import { action } from "@/lib/actions/define";
import { canEdit } from "@/lib/auth/policy";
import { linkRecommendations, unlinkRecommendations } from "./mutations";
import { LinkSchema, UnlinkSchema } from "./schema";

export const linkRecommendationsAction = action({
  name: "linkRecommendations",
  schema: LinkSchema,
  allow: canEdit,
  run: linkRecommendations,
  success: () => ({ message: "The earlier recommendation was linked." }),
});

export const unlinkRecommendationsAction = action({
  name: "unlinkRecommendations",
  schema: UnlinkSchema,
  allow: canEdit,
  run: unlinkRecommendations,
  success: () => ({ message: "The link was removed." }),
});
