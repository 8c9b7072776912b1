import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { limitedRequest, limitFor } from "@/lib/security/body-limit";
import { REQUEST_ID_HEADER, requestIdFor, trustProxy, withIdHeader } from "@/lib/request-id";
import { unsupportedAuthAction, unusableCallbackUrl } from "@/lib/security/callback-url";

// Options are built per request so the environment is read at run time, not at build time.
// Not seen by proxy.ts (it would first copy the body, so a huge declared body would not be refused at once):
// the request id is made here and passed on to next-auth's request for the sign-in log lines.
async function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  const id = requestIdFor(req.headers.get(REQUEST_ID_HEADER), trustProxy());
  // Sign-in forms are a few hundred bytes: a larger (or endless chunked) anonymous body is refused unread.
  const limited = await limitedRequest(req, limitFor(new URL(req.url).pathname));
  if (limited instanceof Response) return withIdHeader(limited, id);
  if (unsupportedAuthAction(req.method, (await ctx.params).nextauth ?? [])) {
    return withIdHeader(Response.json({ error: "Not supported." }, { status: 405, headers: { Allow: "POST" } }), id);
  }
  // next-auth would answer a 500 (and log the sender's text at error level): lib/security/callback-url.ts.
  if (await unusableCallbackUrl(limited)) {
    return withIdHeader(Response.json({ error: "This link is not valid." }, { status: 400 }), id);
  }
  const headers = new Headers(limited.headers);
  headers.set(REQUEST_ID_HEADER, id);
  // next-auth reads `nextUrl`: the re-made request must be a NextRequest again.
  const request = new NextRequest(limited, { headers });
  return withIdHeader((await NextAuth(request as never, ctx as never, authOptions())) as Response, id);
}

export { handler as GET, handler as POST };
