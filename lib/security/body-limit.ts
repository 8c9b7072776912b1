// Request body limits: a route handler (or the proxy) refuses a body larger than its route accepts
// before reading it (Content-Length), and stops reading a chunked body as soon as it passes the limit,
// so an anonymous request cannot make the server buffer megabytes.
import { logRefusal } from "@/lib/log";

export const KB = 1024;
export const MB = 1024 * KB;

/** Largest body each path accepts; the first matching prefix wins. */
const LIMITS: [path: RegExp, bytes: number][] = [
  [/^\/api\/auth\//, 16 * KB],
  // Uploads: 20 MB of file plus the multipart wrapping and the form's other fields.
  [/^\/api\/report-import\/preview$/, 21 * MB],
  [/^\/documents\/[^/]+\/file$/, 21 * MB],
  [/^\/api\/evidence$/, 21 * MB],
  [/^\/api\//, 64 * KB],
];
/** Pages: server actions (Next itself refuses more than 1 MB; sheet uploads are under 900 kB). */
export const DEFAULT_LIMIT = 2 * MB;

export function limitFor(pathname: string): number {
  return LIMITS.find(([p]) => p.test(pathname))?.[1] ?? DEFAULT_LIMIT;
}

export function tooLargeResponse(limit: number): Response {
  return new Response(`Request body too large (the limit here is ${readableBytes(limit)}).`, {
    status: 413,
    headers: { "content-type": "text/plain; charset=utf-8", connection: "close" },
  });
}

const readableBytes = (n: number) => (n >= MB ? `${Math.round(n / MB)} MB` : `${Math.round(n / KB)} KB`);

/** True when the declared length is over the limit (a missing or malformed length is left to the reader). */
export function declaredTooLarge(req: Request, limit: number): boolean {
  const raw = req.headers.get("content-length");
  if (raw === null || !/^\d+$/.test(raw.trim())) return false;
  return Number(raw) > limit;
}

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`body over ${limit} bytes`);
  }
}

/** The body's bytes, reading no more than `limit` + one chunk; throws BodyTooLarge past it. */
export async function readBodyLimited(req: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  if (declaredTooLarge(req, limit)) throw new BodyTooLarge(limit);
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * The same request with its body read under the limit (so a handler that reads it again gets it from
 * memory), or a 413 answer. GET/HEAD pass through untouched.
 */
export async function limitedRequest(req: Request, limit: number): Promise<Request | Response> {
  const answer = await readLimited(req, limit);
  if (answer instanceof Response) logRefusal(req, 413, "body too large", { limit });
  return answer;
}

async function readLimited(req: Request, limit: number): Promise<Request | Response> {
  if (req.method === "GET" || req.method === "HEAD") return req;
  try {
    const body = await readBodyLimited(req, limit);
    const headers = new Headers(req.headers);
    headers.set("content-length", String(body.byteLength));
    headers.delete("transfer-encoding");
    return new Request(req.url, { method: req.method, headers, body, signal: req.signal });
  } catch (e) {
    if (e instanceof BodyTooLarge) return tooLargeResponse(e.limit);
    throw e;
  }
}
