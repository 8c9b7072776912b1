// Sign-in lines in the structured log: failures, locks and successes are logged, the guessed address only as
// a fingerprint, and never the password.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { emailRef } from "@/lib/log";
import { captureLog } from "@/lib/test/log-capture";
import { authenticate, createUser } from "./mutations";
import { MAX_FAILURES } from "./throttle-policy";

describe(`sign-in log lines on ${testEngine}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
    await createUser(db.prisma, {
      email: "eda@example.org",
      name: "Eda",
      role: "EDITOR",
      password: "editor-password-1",
    });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("logs failures, the lock and the throttled attempts without the email or the password", async () => {
    const capture = captureLog();
    try {
      for (let i = 0; i <= MAX_FAILURES; i++)
        await authenticate(db.prisma, { email: "guess@example.org", password: `wrong-password-${i}` });
      const events = capture.lines.map((l) => l.event);
      expect(events.filter((e) => e === "sign-in.failed").length).toBeGreaterThan(0);
      expect(events).toContain("sign-in.email-locked");
      expect(events).toContain("sign-in.throttled");
      expect(capture.lines.every((l) => l.event === undefined || l.emailRef === emailRef("guess@example.org"))).toBe(
        true,
      );
      const text = capture.raw.join("");
      expect(text).not.toContain("guess@example.org");
      expect(text).not.toContain("wrong-password");

      const ok = await authenticate(db.prisma, { email: "eda@example.org", password: "editor-password-1" });
      expect(ok.ok).toBe(true);
      expect(capture.lines.at(-1)).toMatchObject({ level: "info", event: "sign-in", userId: ok.ok && ok.user.id });
    } finally {
      capture.restore();
    }
    // Seven password hashes (scrypt at OWASP's cost): slow on a busy 2-core machine.
  }, 180_000);
});
