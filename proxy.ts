// Runs before every request: security headers with a fresh CSP nonce (Next applies the nonce from the
// request's Content-Security-Policy header to its own scripts), and a body-size check so an oversized
// request is refused before any route reads it (route handlers also cap chunked bodies as they read).
import { NextResponse, type NextRequest } from "next/server";
import { declaredTooLarge, limitFor, tooLargeResponse } from "@/lib/security/body-limit";
import { contentSecurityPolicy, HSTS, newNonce, PERMISSIONS_POLICY, servedOverHttps } from "@/lib/security/headers";

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
  response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  if (servedOverHttps(request.url, request.headers.get("x-forwarded-proto"))) {
    response.headers.set("Strict-Transport-Security", HSTS);
  }
  return response;
}

export const config = {
  // Static files carry no scripts of their own and need no nonce.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
