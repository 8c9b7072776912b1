// Runs before every request: security headers with a fresh CSP nonce (Next applies the nonce from the
// request's Content-Security-Policy header to its own scripts), and a body-size check for server actions
// (Next refuses more than 1 MB itself; this also bounds what it copies for the proxy: see next.config.js).
import { NextResponse, type NextRequest } from "next/server";
import { declaredTooLarge, limitFor, tooLargeResponse } from "@/lib/security/body-limit";
import { contentSecurityPolicy, HSTS, newNonce, servedOverHttps } from "@/lib/security/headers";
import { logRefusal } from "@/lib/log";
import { REQUEST_ID_HEADER, requestIdFor, trustProxy } from "@/lib/request-id";

export function proxy(request: NextRequest) {
  // Every request gets an id (lib/request-id.ts): on the request for server code, on the answer for the client.
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER), trustProxy());
  const limit = limitFor(request.nextUrl.pathname);
  if (declaredTooLarge(request, limit)) {
    logRefusal(request, 413, "body too large", { limit, requestId });
    return withHeaders(tooLargeResponse(limit), request, null, requestId);
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), request, csp, requestId);
}

function withHeaders<R extends Response>(response: R, request: NextRequest, csp: string | null, requestId: string): R {
  response.headers.set("Content-Security-Policy", csp ?? contentSecurityPolicy(newNonce()));
  response.headers.set(REQUEST_ID_HEADER, requestId);
  if (servedOverHttps(request.url, request.headers.get("x-forwarded-proto"))) {
    response.headers.set("Strict-Transport-Security", HSTS);
  }
  return response;
}

export const config = {
  // Pages (and their server actions) and the API and downloads (for their request ids). Static files need
  // nothing. The two upload routes and next-auth's are left out on purpose: for every request it matches, Next
  // copies the body for the proxy (up to experimental.proxyClientMaxBodySize, cutting off the rest), which would
  // truncate a 20 MB upload and make a huge declared sign-in body wait to be read; those route handlers enforce
  // their own limits (lib/security/body-limit.ts) and set their own request id (lib/request-id.ts). Other API
  // bodies are limited to 64 KB, far under that copy's size.
  matcher: [
    {
      source: "/((?!api/auth/|api/report-import/preview|_next/static|_next/image|favicon.ico|documents/[^/]+/file).*)",
    },
  ],
};
