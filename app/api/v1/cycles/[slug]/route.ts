import type { NextRequest } from "next/server";
import { apiCaller } from "@/lib/api/auth";
import { apiCycle } from "@/lib/api/queries";
import { apiError, apiRoute, apiOk, linksOf } from "@/lib/api/respond";
import { CyclePath, type CycleDetail } from "@/lib/api/schema";
import type { z } from "zod";

export const GET = apiRoute(async (req: NextRequest, ctx: { params: Promise<{ slug: string }> }) => {
  const caller = await apiCaller(req);
  if (!caller.ok) return apiError("unauthorized", caller.message, undefined, req);
  const path = CyclePath.safeParse(await ctx.params);
  if (!path.success) return apiError("bad_request", "This is not a cycle identifier.", { slug: ["is not valid"] });
  const cycle = await apiCycle(path.data.slug, linksOf(req));
  if (!cycle) return apiError("not_found", `There is no cycle "${path.data.slug}".`);
  const body: z.infer<typeof CycleDetail> = { data: cycle };
  return apiOk(body);
});
