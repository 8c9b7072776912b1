import type { NextRequest } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";
import { apiOk } from "@/lib/api/respond";

// The description itself is public: it holds no data.
export function GET(req: NextRequest) {
  return apiOk(openApiDocument(req.nextUrl.origin));
}
