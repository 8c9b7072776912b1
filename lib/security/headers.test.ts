import { describe, expect, it } from "vitest";
// @ts-expect-error -- next.config.js is plain JavaScript without type declarations
import { PERMISSIONS_POLICY as configured } from "../../next.config.js";
import { contentSecurityPolicy, newNonce, PERMISSIONS_POLICY, servedOverHttps } from "./headers";

describe("security headers", () => {
  it("a fresh, unguessable nonce per request", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("scripts only with the nonce (no unsafe-inline), no framing, no plugins, no foreign base or form targets", () => {
    const csp = contentSecurityPolicy("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"])
      expect(csp).toContain(d);
    // eval only in development (React's debugging needs it there).
    expect(contentSecurityPolicy("n", true)).toMatch(/script-src[^;]*'unsafe-eval'/);
  });

  it("HSTS only when the client reached the site over HTTPS", () => {
    expect(servedOverHttps("http://127.0.0.1:3000/", null, "http://127.0.0.1:3000")).toBe(false);
    expect(servedOverHttps("https://tracker.example/", null, undefined)).toBe(true);
    expect(servedOverHttps("http://10.0.0.2:3000/", "https", undefined)).toBe(true);
    expect(servedOverHttps("http://10.0.0.2:3000/", "http", "https://tracker.example")).toBe(true);
  });

  it("the Permissions-Policy in next.config.js equals the one here, and denies camera, microphone, location", () => {
    expect(configured).toBe(PERMISSIONS_POLICY);
    for (const f of ["camera=()", "microphone=()", "geolocation=()"]) expect(PERMISSIONS_POLICY).toContain(f);
  });
});
