// next-auth answers a callback URL it cannot use (in the query or in its callback-url cookie) with a 500
// "server configuration" error and an error-level log line holding the sender's text: anyone could cause
// both. The route refuses such a request first, with the same rule next-auth applies (core/lib/assert.js).

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

/** True when next-auth would refuse the request's callback URL (query or cookie) as a configuration error. */
export function unusableCallbackUrl(req: Request): boolean {
  const url = new URL(req.url);
  // next-auth reads the query as an object: the last of repeated values wins.
  const query = url.searchParams.getAll("callbackUrl").at(-1);
  const values = [query, ...COOKIES.map((n) => cookie(req.headers.get("cookie"), n))];
  return values.some((v) => v !== undefined && v !== "" && !usable(v, url.origin));
}
