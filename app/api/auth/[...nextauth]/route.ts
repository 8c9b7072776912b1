import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { limitedRequest, limitFor } from "@/lib/security/body-limit";
import { unsupportedAuthAction, unusableCallbackUrl } from "@/lib/security/callback-url";

// Options are built per request so the environment is read at run time, not at build time.
async function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  // Sign-in forms are a few hundred bytes: a larger (or endless chunked) anonymous body is refused unread.
  const limited = await limitedRequest(req, limitFor(new URL(req.url).pathname));
  if (limited instanceof Response) return limited;
  if (unsupportedAuthAction(req.method, (await ctx.params).nextauth ?? []))
    return Response.json({ error: "Not supported." }, { status: 405, headers: { Allow: "POST" } });
  // next-auth would answer a 500 (and log the sender's text at error level): lib/security/callback-url.ts.
  if (await unusableCallbackUrl(limited)) return Response.json({ error: "This link is not valid." }, { status: 400 });
  // next-auth reads `nextUrl`: the re-made request must be a NextRequest again.
  const request = limited instanceof NextRequest ? limited : new NextRequest(limited);
  return NextAuth(request as never, ctx as never, authOptions());
}

export { handler as GET, handler as POST };
