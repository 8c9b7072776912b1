// Regression (found by lib/security/fuzz-routes.test.ts): a callback URL next-auth cannot use made its
// endpoint answer 500 and log the sender's text at error level. Now refused with a 400 before next-auth.
import { describe, expect, it } from "vitest";
import { unusableCallbackUrl } from "./callback-url";
// The test calls the route handler itself (the layers rule keeps lib/ code from doing so).
// eslint-disable-next-line no-restricted-imports
import { GET as authGET, POST as authPOST } from "@/app/api/auth/[...nextauth]/route";

const req = (query: string, cookie?: string) =>
  new Request(`http://tracker.test/api/auth/csrf${query}`, { headers: cookie ? { cookie } : {} });

describe("callback URLs next-auth cannot use", () => {
  it("are found in the query (the last of repeated values) and in next-auth's callback-url cookie", async () => {
    expect(await unusableCallbackUrl(req("?callbackUrl=%E7%BB%9A"))).toBe(true);
    expect(await unusableCallbackUrl(req("?callbackUrl=/ok&callbackUrl=javascript:alert(1)"))).toBe(true);
    expect(await unusableCallbackUrl(req("", "next-auth.callback-url=not%20a%20url"))).toBe(true);
    expect(await unusableCallbackUrl(req("", "__Secure-next-auth.callback-url=ftp%3A%2F%2Fx"))).toBe(true);
  });

  it("are found in a POST body, form or JSON; a JSON body that does not parse is refused too", async () => {
    const post = (type: string, body: string) =>
      new Request("http://tracker.test/api/auth/session", { method: "POST", headers: { "content-type": type }, body });
    expect(await unusableCallbackUrl(post("application/x-www-form-urlencoded", "callbackUrl=9999-12-31"))).toBe(true);
    expect(await unusableCallbackUrl(post("application/json", '{"callbackUrl":12}'))).toBe(true);
    expect(await unusableCallbackUrl(post("application/json", "{not json"))).toBe(true);
    expect(await unusableCallbackUrl(post("application/json", '{"callbackUrl":"/cycles"}'))).toBe(false);
    expect(await unusableCallbackUrl(post("application/x-www-form-urlencoded", "csrfToken=x&callbackUrl=%2F"))).toBe(
      false,
    );
  });

  it("leaves usable ones (and none) to next-auth", async () => {
    expect(await unusableCallbackUrl(req(""))).toBe(false);
    expect(await unusableCallbackUrl(req("?callbackUrl=%2Fcycles%2Fkz-2011"))).toBe(false);
    expect(await unusableCallbackUrl(req("?callbackUrl=http%3A%2F%2Ftracker.test%2F"))).toBe(false);
    expect(await unusableCallbackUrl(req("", "next-auth.callback-url=http%3A%2F%2Ftracker.test%2F; other=1"))).toBe(
      false,
    );
  });

  it("a GET of the credentials callback is answered 405, not next-auth's 500", async () => {
    const res = await authGET(new Request("http://tracker.test/api/auth/callback/credentials"), {
      params: Promise.resolve({ nextauth: ["callback", "credentials"] }),
    });
    expect(res.status).toBe(405);
  });

  it("the endpoint answers 400 without the sender's text, not 500", async () => {
    const res = await authPOST(req("?callbackUrl=%E7%BB%9A%E8%83%9B"), {
      params: Promise.resolve({ nextauth: ["csrf"] }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain("绚");
  });
});
