// next-auth answers a callback URL it cannot use (in the query or in its callback-url cookie) with a 500
// "server configuration" error and an error-level log line holding the sender's text, and throws (a 500)
// on one in a POST body that is not a URL, or on a JSON body that does not parse: anyone could cause
// these. The route refuses such a request first, with the rule next-auth applies (core/lib/assert.js).

const COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

const usable = (url: string, origin: string) => {
  try {
    return /^https?:/.test(new URL(url, url.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
};

function cookie(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) {
      try {
        return decodeURIComponent(v.join("="));
      } catch {
        return v.join("=");
      }
    }
  }
  return undefined;
}

/** The POST body's callbackUrl as next-auth reads it (next-auth/next/utils.js getBody); null when it cannot. */
async function bodyCallbackUrl(req: Request): Promise<unknown> {
  if (req.method !== "POST" || !req.body) return undefined;
  const type = req.headers.get("content-type") ?? "";
  if (type.includes("application/json")) {
    try {
      const body: unknown = JSON.parse(await req.clone().text());
      return body && typeof body === "object" ? (body as Record<string, unknown>).callbackUrl : null;
    } catch {
      return null; // next-auth's req.json() would throw
    }
  }
  if (type.includes("application/x-www-form-urlencoded"))
    return new URLSearchParams(await req.clone().text()).getAll("callbackUrl").at(-1);
  return undefined;
}

/** True when next-auth would fail on the request's callback URL (query, cookie or body) or on its body. */
export async function unusableCallbackUrl(req: Request): Promise<boolean> {
  const url = new URL(req.url);
  // next-auth reads the query as an object: the last of repeated values wins.
  const query = url.searchParams.getAll("callbackUrl").at(-1);
  const values: unknown[] = [query, ...COOKIES.map((n) => cookie(req.headers.get("cookie"), n))];
  values.push(await bodyCallbackUrl(req));
  return values.some((v) => v !== undefined && v !== "" && (typeof v !== "string" || !usable(v, url.origin)));
}

/** Requests next-auth answers with a thrown error (a 500): a GET of the credentials sign-in's callback. */
export function unsupportedAuthAction(method: string, segments: string[]): boolean {
  return method !== "POST" && segments[0] === "callback" && segments[1] === "credentials";
}
