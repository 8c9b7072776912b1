// The client address used to limit sign-in attempts per address. next-auth (v4) gives `authorize` the request
// headers but not the socket, and a Next route handler does not expose the peer address either, so the only
// source is X-Forwarded-For, and only when TRUSTED_PROXY says our own reverse proxy sets it. We take the
// RIGHTMOST entry: the one our proxy appended; entries to its left come from the client and can be forged.
// Without a trusted proxy there is no per-address limit (the per-email limit still applies).
import { isIP } from "node:net";

type Headers = Record<string, string | string[] | undefined> | undefined;

export function clientAddress(headers: Headers, trustProxy: boolean): string | null {
  if (!trustProxy || !headers) return null;
  const raw = headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const last = value
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  if (!last || last.length > 45) return null;
  const bare = last.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(bare) ? bare.toLowerCase() : null;
}
