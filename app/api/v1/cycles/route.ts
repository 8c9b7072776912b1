import type { NextRequest } from "next/server";
import { apiCaller } from "@/lib/api/auth";
import { apiCycles } from "@/lib/api/queries";
import { apiError, apiRoute, apiOk, linksOf, nextPage, parseQuery } from "@/lib/api/respond";
import { API_DEFAULT_LIMIT, PageQuery, type CycleList } from "@/lib/api/schema";
import type { z } from "zod";

export const GET = apiRoute(async (req: NextRequest) => {
  const caller = await apiCaller(req);
  if (!caller.ok) return apiError("unauthorized", caller.message, undefined, req);
  const q = parseQuery(req, PageQuery);
  if (!q.ok) return q.response;
  const page = q.data.page ?? 1;
  const limit = q.data.limit ?? API_DEFAULT_LIMIT;
  const { total, data } = await apiCycles(page, limit, linksOf(req));
  const body: z.infer<typeof CycleList> = {
    data,
    pagination: { page, limit, total, next: nextPage(req, page, limit, total) },
  };
  return apiOk(body);
});
