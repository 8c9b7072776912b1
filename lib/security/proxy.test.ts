// proxy.ts as Next calls it: every request it sees leaves with an X-Request-Id, also passed on to server code;
// an incoming id is kept only behind a trusted proxy; and the matcher now covers the API and downloads, but not
// the two upload routes whose bodies it would cut.
import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { config, proxy } from "@/proxy";
import { captureLog } from "@/lib/test/log-capture";

const before = process.env.TRUSTED_PROXY;
afterEach(() => {
  if (before === undefined) delete process.env.TRUSTED_PROXY;
  else process.env.TRUSTED_PROXY = before;
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const forwarded = (res: Response) => res.headers.get("x-middleware-request-x-request-id");

describe("request ids in proxy.ts", () => {
  it("gives a page, an API call and a download a fresh id, on the answer and on the request", () => {
    delete process.env.TRUSTED_PROXY;
    for (const path of ["/", "/api/v1/cycles", "/api/reports/kz-2011/csv"]) {
      const res = proxy(
        new NextRequest(`http://localhost${path}`, { headers: { "x-request-id": "client-chosen-id" } }),
      );
      const id = res.headers.get("x-request-id");
      expect(id).toMatch(UUID);
      expect(forwarded(res)).toBe(id);
    }
  });

  it("keeps a trusted proxy's id", () => {
    process.env.TRUSTED_PROXY = "true";
    const res = proxy(new NextRequest("http://localhost/", { headers: { "x-request-id": "edge-0123456789" } }));
    expect(res.headers.get("x-request-id")).toBe("edge-0123456789");
  });

  it("logs a body refused for its size, and answers it with the id", () => {
    const capture = captureLog();
    try {
      const res = proxy(
        new NextRequest("http://localhost/api/v1/cycles", {
          method: "POST",
          headers: { "content-length": String(10 * 1024 * 1024) },
        }),
      );
      expect(res.status).toBe(413);
      const id = res.headers.get("x-request-id");
      expect(capture.lines).toEqual([
        expect.objectContaining({
          event: "request.refused",
          status: 413,
          requestId: id,
          path: "/api/v1/cycles",
        }),
      ]);
    } finally {
      capture.restore();
    }
  });

  it("matches the API and downloads but not the upload routes or static files", () => {
    const source = new RegExp(`^${config.matcher[0]!.source}$`);
    for (const path of ["/", "/api/v1/cycles", "/api/reports/x/csv", "/api/audit/export"])
      expect(source.test(path)).toBe(true);
    for (const path of [
      "/api/auth/session",
      "/api/report-import/preview",
      "/documents/abc/file",
      "/_next/static/chunk.js",
    ])
      expect(source.test(path)).toBe(false);
  });
});
