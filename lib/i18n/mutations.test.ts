// The user's language is saved on the account and comes back with the session, on both engines.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { authenticate, createUser } from "@/lib/users/mutations";
import { findSessionUser } from "@/lib/users/queries";
import { nowSeconds } from "@/lib/auth/session-policy";
import { resolveLocale } from "./locales";
import { saveUserLocale } from "./mutations";

describe(`the user's language on ${testEngine}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it("is unset at first, then saved, and outranks the cookie and the browser", async () => {
    const password = "kettle-orchard-5521-brass";
    await createUser(db.prisma, { email: "lang@l.example", name: "Lang", role: "VIEWER", password });
    const r = await authenticate(db.prisma, { email: "lang@l.example", password });
    if (!r.ok) throw new Error("sign-in failed");
    const claims = { uid: r.user.id, epoch: r.sessionEpoch, authTime: nowSeconds() };

    const before = await findSessionUser(claims, new Date(), db.prisma);
    expect(before?.locale).toBeNull();
    expect(resolveLocale({ userLocale: before?.locale, cookie: "ru", acceptLanguage: "kk" })).toBe("ru");

    await saveUserLocale(r.user.id, "kk", db.prisma);
    const after = await findSessionUser(claims, new Date(), db.prisma);
    expect(after?.locale).toBe("kk");
    expect(resolveLocale({ userLocale: after?.locale, cookie: "ru", acceptLanguage: "en" })).toBe("kk");
  });
});
