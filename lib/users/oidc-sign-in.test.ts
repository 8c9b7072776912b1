// OpenID Connect sign-in: the callback's logic with profile objects as a provider sends them, against a real
// database (no identity provider is involved: this is our own code deciding on the profile).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { setActive } from "./admin-mutations";
import { createUser } from "./mutations";
import { oidcSignIn } from "./oidc-sign-in";
import { WINDOW_MS } from "./throttle-policy";

describe(`OpenID Connect sign-in on ${testEngine}`, () => {
  let db: Database;
  let olgaId: string;
  const t0 = new Date("2026-06-01T12:00:00Z");
  const at = (ms: number) => new Date(t0.getTime() + ms);

  beforeAll(async () => {
    db = await createTestDatabase();
    const admin = await createUser(db.prisma, {
      email: "admin@oidc.example",
      name: "Adam Admin",
      role: "ADMIN",
      password: "admin-password-1",
    });
    const olga = await createUser(db.prisma, {
      email: "olga@oidc.example",
      name: "Olga Oidc",
      role: "EDITOR",
      password: "olga-password-12",
    });
    olgaId = olga.id;
    const gone = await createUser(db.prisma, {
      email: "gone@oidc.example",
      name: "Gone",
      role: "VIEWER",
      password: "gone-password-12",
    });
    await setActive(db.prisma, { id: admin.id, label: admin.name }, { userId: gone.id, active: false, reason: "left" });
  });
  afterAll(async () => {
    await db?.close();
  });

  const refusals = (email?: string) =>
    db.prisma.auditEvent.findMany({
      where: { action: "sign-in-refused", ...(email ? { changes: { path: ["email"], equals: email } } : {}) },
      orderBy: { seq: "asc" },
    });

  it("signs in an active account whose email the provider verified, and audits it", async () => {
    const r = await oidcSignIn(db.prisma, { sub: "1", email: "Olga@OIDC.example", email_verified: true }, t0);
    expect(r).toEqual({ ok: true, userId: olgaId, sessionEpoch: 0 });
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: olgaId, action: "sign-in" } });
    expect(ev).toMatchObject({ actorId: olgaId, changes: { method: "oidc" } });
  });

  it("refuses an unverified email, a missing claim, a claim that is not exactly true, and no email", async () => {
    const cases: [unknown, string][] = [
      [{ sub: "2", email: "olga@oidc.example", email_verified: false }, "unverified-email"],
      [{ sub: "3", email: "olga@oidc.example" }, "unverified-email"],
      [{ sub: "4", email: "olga@oidc.example", email_verified: "true" }, "unverified-email"],
      [{ sub: "5", email_verified: true }, "no-email"],
      [null, "no-email"],
    ];
    for (const [profile, refusal] of cases)
      expect(await oidcSignIn(db.prisma, profile, t0)).toEqual({ ok: false, refusal });
    const olgas = await refusals("olga@oidc.example");
    // Three refusals for one email in one window: one event (the first), with the account as actor.
    expect(olgas.map((e) => e.changes)).toEqual([
      { method: "oidc", email: "olga@oidc.example", refusal: "unverified-email", attempts: 1 },
    ]);
    expect(olgas[0]).toMatchObject({ actorId: olgaId, entityId: olgaId });
    const none = await db.prisma.auditEvent.findMany({ where: { action: "sign-in-refused", entityId: "unknown" } });
    expect(none.map((e) => e.changes)).toEqual([{ method: "oidc", refusal: "no-email", attempts: 1 }]);
  });

  it("refuses verified emails with no account or a deactivated one", async () => {
    for (const email of ["nobody@oidc.example", "gone@oidc.example"])
      expect(await oidcSignIn(db.prisma, { sub: "6", email, email_verified: true }, t0)).toEqual({
        ok: false,
        refusal: "no-account",
      });
  });

  it("aggregates a flood of refusals: events for the 1st, 10th and 100th of a window, then a new window", async () => {
    const email = "flood@oidc.example";
    for (let i = 0; i < 120; i++) await oidcSignIn(db.prisma, { email, email_verified: true }, at(i * 1000));
    expect((await refusals(email)).map((e) => (e.changes as { attempts: number }).attempts)).toEqual([1, 10, 100]);
    await oidcSignIn(db.prisma, { email, email_verified: true }, at(119_000 + WINDOW_MS + 1));
    expect((await refusals(email)).map((e) => (e.changes as { attempts: number }).attempts)).toEqual([1, 10, 100, 1]);
  });
});
