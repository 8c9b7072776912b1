// Issue 10: a database outage must not sign everyone out. next-auth drops the session cookie when its jwt
// callback throws, so the session check keeps the token when the database cannot answer (the request then fails
// calmly on its own lookup), and still ends it when the database says the session has ended.
import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { createUser, signOutEverywhere } from "@/lib/users/mutations";
import { authOptions } from "./options";
import { nowSeconds } from "./session-policy";

process.env.NEXTAUTH_SECRET ??= "a-test-session-key-of-at-least-32-characters";

describe(`the session check during a database outage, on ${testEngine}`, () => {
  it("keeps a valid token while the database is down, and ends a revoked one once it answers", async () => {
    // A refresh (no `user`): what every request with a session cookie runs.
    const jwt = (token: JWT) => authOptions().callbacks!.jwt!({ token } as never);
    const db = await createTestDatabase();
    useAsAppDatabase(db);
    try {
      const user = await createUser(db.prisma, {
        email: "outage@example.org",
        name: "Outage",
        role: "EDITOR",
        password: "a long enough password for the outage test",
      });
      const token: JWT = { uid: user.id, epoch: 0, authTime: nowSeconds() };
      expect(await jwt(token)).toEqual(token);
      await signOutEverywhere(db.prisma, { uid: user.id, epoch: 0, authTime: token.authTime as number });
      expect(await jwt(token)).toEqual({}); // revoked: ended
    } finally {
      await db.close();
    }
    // Closed (PGlite) or dropped (PostgreSQL): the check cannot answer; the token is kept, not emptied.
    const token: JWT = { uid: "someone", epoch: 0, authTime: nowSeconds() };
    expect(await jwt(token)).toEqual(token);
  });
});
