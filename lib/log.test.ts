// The logger's promises: JSON lines, secrets redacted even when passed by mistake, emails only as fingerprints,
// and a refusal line that names the path but not the query or the body.
import { afterEach, describe, expect, it } from "vitest";
import { createLogger, emailRef, log, logRefusal } from "./log";
import { captureLog } from "./test/log-capture";

const captures: ReturnType<typeof captureLog>[] = [];
const capture = () => {
  const c = captureLog();
  captures.push(c);
  return c;
};
afterEach(() => captures.splice(0).forEach((c) => c.restore()));

describe("the structured log", () => {
  it("redacts passwords, tokens, hashes, cookies, emails and bodies, at the top and one level down", () => {
    const c = capture();
    log.info({
      event: "test.redaction",
      password: "hunter2hunter2",
      token: "tok-secret",
      email: "someone@example.org",
      body: "a whole request body",
      user: { passwordHash: "scrypt$abc", cookie: "next-auth.session-token=xyz", name: "kept" },
      headers: { authorization: "Bearer abc123", "set-cookie": "a=b" },
    });
    const text = c.raw.join("");
    for (const secret of ["hunter2", "tok-secret", "someone@example.org", "whole request", "scrypt$", "xyz", "abc123"])
      expect(text).not.toContain(secret);
    const line = c.lines[0]!;
    expect(line).toMatchObject({ level: "info", event: "test.redaction", password: "[redacted]" });
    expect((line.user as Record<string, unknown>).name).toBe("kept");
    expect(typeof line.time).toBe("string");
  });

  it("writes one JSON object per line, and nothing under the configured level", () => {
    const lines: string[] = [];
    const logger = createLogger("warn", { write: (s: string) => void lines.push(s) });
    logger.info({ event: "quiet" });
    logger.warn({ event: "loud" }, "a\nmultiline\nmessage");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.trimEnd().split("\n")).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: "warn", event: "loud", msg: "a\nmultiline\nmessage" });
  });

  it("fingerprints an email the same way whatever its case, without showing it", () => {
    expect(emailRef(" Eve@Example.org ")).toBe(emailRef("eve@example.org"));
    expect(emailRef("eve@example.org")).toMatch(/^[0-9a-f]{12}$/);
    expect(emailRef("eve@example.org")).not.toBe(emailRef("eva@example.org"));
  });

  it("logs a refusal with its status, path and request id, not the query string", () => {
    const c = capture();
    const request = new Request("http://localhost/api/v1/cycles?token=abc&q=private", {
      headers: { "x-request-id": "req-12345678" },
    });
    logRefusal(request, 401, "not signed in");
    expect(c.lines).toEqual([
      expect.objectContaining({
        level: "warn",
        event: "request.refused",
        status: 401,
        path: "/api/v1/cycles",
        method: "GET",
        requestId: "req-12345678",
      }),
    ]);
    expect(c.raw.join("")).not.toContain("private");
  });
});
