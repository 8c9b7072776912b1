// Runs before every request: security headers with a fresh CSP nonce (Next applies the nonce from the
// request's Content-Security-Policy header to its own scripts), and a body-size check for server actions
// (Next refuses more than 1 MB itself; this also bounds what it copies for the proxy: see next.config.js).
import { NextResponse, type NextRequest } from "next/server";
import { declaredTooLarge, limitFor, tooLargeResponse } from "@/lib/security/body-limit";
import { contentSecurityPolicy, HSTS, newNonce, servedOverHttps } from "@/lib/security/headers";

export function proxy(request: NextRequest) {
  const limit = limitFor(request.nextUrl.pathname);
  if (declaredTooLarge(request, limit)) return withHeaders(tooLargeResponse(limit), request, null);
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), request, csp);
}

function withHeaders<R extends Response>(response: R, request: NextRequest, csp: string | null): R {
  response.headers.set("Content-Security-Policy", csp ?? contentSecurityPolicy(newNonce()));
  if (servedOverHttps(request.url, request.headers.get("x-forwarded-proto"))) {
    response.headers.set("Strict-Transport-Security", HSTS);
  }
  return response;
}

export const config = {
  // Pages (and their server actions) only. Static files need no nonce. API routes and the file upload are
  // left out on purpose: for every request it matches, Next copies the body for the proxy (up to
  // experimental.proxyClientMaxBodySize, cutting off the rest), which would truncate a 20 MB upload;
  // those route handlers enforce their own limits (lib/security/body-limit.ts).
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico|documents/[^/]+/file).*)" }],
};
