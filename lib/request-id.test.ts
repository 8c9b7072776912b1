// Request ids: our own unless a trusted reverse proxy sent a short, plain one.
import { describe, expect, it } from "vitest";
import { acceptedRequestId, requestIdFor, withRequestId } from "./request-id";

describe("request ids", () => {
  it("makes a fresh id when no proxy is trusted, whatever the client sent", () => {
    expect(acceptedRequestId("abcdef123456", false)).toBeNull();
    const id = requestIdFor("abcdef123456", false);
    expect(id).not.toBe("abcdef123456");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(null, false)).not.toBe(requestIdFor(null, false));
  });

  it("keeps a trusted proxy's id only if it is a short plain token", () => {
    expect(acceptedRequestId("7f3c2a9e-1b2d-4c5e-8f90-123456789abc", true)).toBe(
      "7f3c2a9e-1b2d-4c5e-8f90-123456789abc",
    );
    expect(acceptedRequestId("  nginx.req_0042  ", true)).toBe("nginx.req_0042");
    for (const bad of ["short", "x".repeat(65), "line\nbreak1", "<script>1</script>", "a b c d e f", "", "ünïcödé123"])
      expect(acceptedRequestId(bad, true)).toBeNull();
    expect(acceptedRequestId(undefined, true)).toBeNull();
    expect(requestIdFor("line\nbreak1", true)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("puts the id on the answers of the routes the proxy does not see", async () => {
    const handler = withRequestId(async () => new Response("ok"));
    const res = await handler(new Request("http://localhost/documents/x/file", { headers: { "x-request-id": "z" } }));
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
