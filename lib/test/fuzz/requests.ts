// Random and hostile HTTP requests for the route handlers, and the property every answer must hold:
// no 5xx, and no error text that tells an attacker about the server (stacks, queries, addresses).
import fc from "fast-check";
import { expect } from "vitest";
import { LEAK } from "./run-actions";
import { hostile, HOSTILE_STRINGS } from "./values";

export const ORIGIN = "http://tracker.test";

/** Headers carry bytes (Latin-1): hostile text made sendable, as a client library would send it. */
const headerSafe = (s: string) => s.replace(/[^\x20-\x7e\x80-\xff]/g, "?").slice(0, 8000);

/** A query string: known keys with valid or hostile values, unknown keys, repeats, and broken escapes. */
export function queryArbitrary(keys: string[], valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: hostile });
  const value = fc.oneof({ weight: 2, arbitrary: valid }, { weight: 2, arbitrary: hostile });
  const pairs = fc.array(fc.tuple(key, value), { maxLength: 5 });
  const broken = fc.constantFrom("", "", "&%", "&%E0%A4%A", "&a=%FF%FE", "&&&=", "&page=1&page=2", "&limit=0x10");
  return fc.tuple(pairs, broken).map(([p, b]) => {
    const qs = new URLSearchParams(p).toString() + b;
    return qs ? `?${qs}` : "";
  });
}

/** A path segment: a valid one, or a hostile one (encoded as a client would put it in a URL). */
export const segment = (valid: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...valid) },
    { weight: 2, arbitrary: hostile.map((s) => s.slice(0, 300)) },
  );

/** Extra headers a hostile client sends. */
export const noiseHeaders = fc
  .array(
    fc.tuple(
      fc.constantFrom("accept", "x-forwarded-for", "x-forwarded-host", "origin", "referer", "user-agent", "range"),
      fc.constantFrom(...HOSTILE_STRINGS.slice(0, 30), "*/*", "evil.example", "1.2.3.4, 5.6.7.8").map(headerSafe),
    ),
    { maxLength: 3 },
  )
  .map((h) => Object.fromEntries(h));

/** Builds the URL of a request whose path holds the (possibly hostile) segments. */
export const url = (path: string, query = "") => {
  try {
    return new URL(`${ORIGIN}${path}${query}`).toString();
  } catch {
    return `${ORIGIN}${path.replace(/[^\w/-]/g, "_")}${query}`;
  }
};

/** Reads the whole answer (a stream that aborts midway fails here) and checks the properties. */
export async function checkResponse(res: Response, what: string): Promise<{ status: number; text: string }> {
  let text: string;
  try {
    text = await res.text();
  } catch (e) {
    throw new Error(`${what}: the body could not be read to its end`, { cause: e });
  }
  expect(res.status, `${what}: ${text.slice(0, 300)}`).toBeLessThan(500);
  if (res.status >= 400) expect(text, `${what}: the error tells too much`).not.toMatch(LEAK);
  return { status: res.status, text };
}

export const describeRequest = (req: Request) =>
  `${req.method} ${req.url.slice(0, 300)} ${JSON.stringify([...req.headers.entries()].map(([k, v]) => [k, v.slice(0, 60)]))}`;

/** encodeURIComponent, with lone surrogates sent as U+FFFD (as a browser would). */
export function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, "\uFFFD"));
  }
}
