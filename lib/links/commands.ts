import { command } from "@/lib/actions/command";
import { canEdit } from "@/lib/auth/policy";
import { linkRecommendations, unlinkRecommendations } from "./mutations";
import { LinkSchema, UnlinkSchema } from "./schema";

export const linkCommand = command({
  name: "linkRecommendations",
  schema: LinkSchema,
  allow: canEdit,
  run: linkRecommendations,
  paths: (i) => [`/recommendations/${i.fromId}`, `/recommendations/${i.toId}`, "/dashboards"],
  success: () => ({ message: "The earlier recommendation was linked." }),
});

export const unlinkCommand = command({
  name: "unlinkRecommendations",
  schema: UnlinkSchema,
  allow: canEdit,
  run: unlinkRecommendations,
  paths: (i) => [`/recommendations/${i.fromId}`, `/recommendations/${i.toId}`, "/dashboards"],
  success: () => ({ message: "The link was removed." }),
});
