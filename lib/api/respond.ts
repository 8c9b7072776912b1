// Answers of the read API: JSON bodies, errors as {error: {code, message,
// fields?}}, query strings parsed with the zod schemas of ./schema.ts (bad
// input is a 400 naming each parameter, never a 500), and the URLs items link to.
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { logRefusal } from "@/lib/log";
import { logUnexpected } from "@/lib/security/unexpected";
import type { ErrorBody } from "./schema";

type ErrorCode = z.infer<typeof ErrorBody>["error"]["code"];
const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  server_error: 500,
};

const HEADERS = { "Cache-Control": "private, no-store" };

export function apiError(
  code: ErrorCode,
  message: string,
  fields?: Record<string, string[]>,
  request: Request | null = null,
) {
  // Parameter names only, never their values.
  logRefusal(request, STATUS[code], code, fields ? { fields: Object.keys(fields) } : {});
  const body: z.infer<typeof ErrorBody> = { error: { code, message, ...(fields ? { fields } : {}) } };
  return NextResponse.json(body, { status: STATUS[code], headers: HEADERS });
}

export function apiOk<T>(body: T) {
  return NextResponse.json(body, { headers: HEADERS });
}

/**
 * A route handler whose unexpected errors (a database that is down or restarting, a bug) answer in the API's
 * JSON shape with a reference to the server log, never with the error's text (it can name the server).
 */
export function apiRoute<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      const reference = logUnexpected("api", error);
      return apiError("server_error", `The tracker could not answer just now; try again. Reference: ${reference}.`);
    }
  };
}

/** Query parameters (first value of each; empty ones left out) parsed with `schema`; a 400 answer if invalid. */
export function parseQuery<S extends z.ZodType>(
  req: NextRequest,
  schema: S,
): { ok: true; data: z.infer<S> } | { ok: false; response: NextResponse } {
  const raw: Record<string, string> = {};
  for (const [k, v] of req.nextUrl.searchParams) if (v !== "" && !(k in raw)) raw[k] = v;
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, data: r.data };
  const fields: Record<string, string[]> = {};
  for (const issue of r.error.issues) {
    const keys =
      issue.code === "unrecognized_keys" ? issue.keys : [issue.path.length ? String(issue.path[0]) : "query"];
    for (const key of keys)
      (fields[key] ??= []).push(issue.code === "unrecognized_keys" ? "is not a known parameter" : issue.message);
  }
  return { ok: false, response: apiError("bad_request", "Some query parameters are not valid.", fields, req) };
}

/** Where items link to: this API, and the tracker's pages (same origin as the request). */
export function linksOf(req: NextRequest) {
  const site = req.nextUrl.origin;
  return { api: `${site}/api/v1`, site };
}

/** The URL of the next page (same parameters), or null after the last. */
export function nextPage(req: NextRequest, page: number, limit: number, total: number): string | null {
  if (page * limit >= total) return null;
  const u = new URL(req.nextUrl.toString());
  u.searchParams.set("page", String(page + 1));
  u.searchParams.set("limit", String(limit));
  return u.toString();
}
