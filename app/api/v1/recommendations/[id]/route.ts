import type { NextRequest } from "next/server";
import { apiCaller } from "@/lib/api/auth";
import { apiRecommendation } from "@/lib/api/queries";
import { apiError, apiRoute, apiOk, linksOf } from "@/lib/api/respond";
import { RecommendationPath, type RecommendationDetail } from "@/lib/api/schema";
import type { z } from "zod";

export const GET = apiRoute(async (req: NextRequest, ctx: { params: Promise<{ id: string }> }) => {
  const caller = await apiCaller(req);
  if (!caller.ok) return apiError("unauthorized", caller.message, undefined, req);
  const path = RecommendationPath.safeParse(await ctx.params);
  if (!path.success) return apiError("bad_request", "This is not a recommendation id.", { id: ["is not valid"] });
  const rec = await apiRecommendation(path.data.id, caller.includeInternal, linksOf(req));
  if (!rec) return apiError("not_found", "There is no such recommendation.");
  const body: z.infer<typeof RecommendationDetail> = { data: rec };
  return apiOk(body);
});
