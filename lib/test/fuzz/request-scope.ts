// Calls a route handler as Next.js does for a real request: inside the request scope that `headers()` and
// `cookies()` read (so getServerSession sees the request's session cookie), with a real next-auth cookie.
// Next's internal stores are used as they are: no module of ours or of next-auth's is replaced.
import "./async-local-storage";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external.js";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external.js";
import { RequestCookies } from "next/dist/compiled/@edge-runtime/cookies/index.js";
import { encode } from "next-auth/jwt";
import { nowSeconds } from "@/lib/auth/session-policy";

export const TEST_SECRET = "property-tests-secret-0123456789abcdef";

/** Runs `handler` as the request's route would (the request's cookies and headers are the scope's). */
export function inRequestScope<T>(req: Request, handler: () => Promise<T>): Promise<T> {
  const route = new URL(req.url).pathname;
  const work = { route, page: route, forceStatic: false, dynamicShouldError: false, isStaticGeneration: false };
  const unit = { type: "request", phase: "render", headers: req.headers, cookies: new RequestCookies(req.headers) };
  return workAsyncStorage.run(work as never, () => workUnitAsyncStorage.run(unit as never, handler));
}

/** The session cookie next-auth would have set at this user's sign-in (NEXTAUTH_SECRET = TEST_SECRET). */
export async function sessionCookie(user: { id: string; sessionEpoch: number }): Promise<string> {
  const token = await encode({
    secret: TEST_SECRET,
    token: { sub: user.id, uid: user.id, epoch: user.sessionEpoch, authTime: nowSeconds() },
  });
  return `next-auth.session-token=${token}`;
}
