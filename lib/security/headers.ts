// The response security headers, in one pure place so they are unit-tested: a per-request nonce CSP
// (no 'unsafe-inline' for scripts; Next adds the nonce to its own scripts when a page renders dynamically,
// and the root layout reads the session so every page does), HSTS only when the site is served over HTTPS.

/** A fresh, unguessable nonce per request (128 random bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts loaded by a nonced script are trusted; dev needs eval for React's debugging.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Styles: our stylesheet plus React's style attributes (a style cannot run code).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "magnetometer=()",
  "gyroscope=()",
  "accelerometer=()",
  "interest-cohort=()",
].join(", ");

export const HSTS = "max-age=31536000; includeSubDomains";

/** HTTPS as the client saw it: the URL, a proxy's X-Forwarded-Proto, or the configured public address. */
export function servedOverHttps(url: string, forwardedProto: string | null, publicUrl = process.env.NEXTAUTH_URL) {
  if (url.startsWith("https:")) return true;
  if (forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https") return true;
  return Boolean(publicUrl?.startsWith("https:"));
}
