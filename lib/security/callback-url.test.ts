// Regression (found by lib/security/fuzz-routes.test.ts): a callback URL next-auth cannot use made its
// endpoint answer 500 and log the sender's text at error level. Now refused with a 400 before next-auth.
import { describe, expect, it } from "vitest";
import { unusableCallbackUrl } from "./callback-url";
// The test calls the route handler itself (the layers rule keeps lib/ code from doing so).
// eslint-disable-next-line no-restricted-imports
import { POST as authPOST } from "@/app/api/auth/[...nextauth]/route";

const req = (query: string, cookie?: string) =>
  new Request(`http://tracker.test/api/auth/csrf${query}`, { headers: cookie ? { cookie } : {} });

describe("callback URLs next-auth cannot use", () => {
  it("are found in the query (the last of repeated values) and in next-auth's callback-url cookie", () => {
    expect(unusableCallbackUrl(req("?callbackUrl=%E7%BB%9A"))).toBe(true);
    expect(unusableCallbackUrl(req("?callbackUrl=/ok&callbackUrl=javascript:alert(1)"))).toBe(true);
    expect(unusableCallbackUrl(req("", "next-auth.callback-url=not%20a%20url"))).toBe(true);
    expect(unusableCallbackUrl(req("", "__Secure-next-auth.callback-url=ftp%3A%2F%2Fx"))).toBe(true);
  });

  it("leaves usable ones (and none) to next-auth", () => {
    expect(unusableCallbackUrl(req(""))).toBe(false);
    expect(unusableCallbackUrl(req("?callbackUrl=%2Fcycles%2Fkz-2011"))).toBe(false);
    expect(unusableCallbackUrl(req("?callbackUrl=http%3A%2F%2Ftracker.test%2F"))).toBe(false);
    expect(unusableCallbackUrl(req("", "next-auth.callback-url=http%3A%2F%2Ftracker.test%2F; other=1"))).toBe(false);
  });

  it("the endpoint answers 400 without the sender's text, not 500", async () => {
    const res = await authPOST(req("?callbackUrl=%E7%BB%9A%E8%83%9B"), {
      params: Promise.resolve({ nextauth: ["csrf"] }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain("绚");
  });
});
