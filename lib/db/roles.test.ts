// The app's database role (decision 008): it may read and append to the audit log and nothing more. On PostgreSQL
// the test database's `prisma` already runs as that role (lib/db/test-db.ts); on the embedded database the same
// grants are applied and checked through SET ROLE on its one session.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { createTestDatabase, TEST_APP_ROLE, testEngine } from "./test-db";
import {
  appRoleNameFor,
  ensureAppRole,
  grantAppRole,
  privilegesOf,
  roleIdent,
  roleProblems,
  scramVerifier,
} from "./roles";
import { verifyAuditChain } from "@/lib/audit/verify";
import { linkRecommendations } from "@/lib/links/mutations";
import { seededWithUsers } from "@/lib/test/fixtures";

const FORBIDDEN: [string, RegExp][] = [
  ["ALTER TABLE audit_events DISABLE TRIGGER ALL", /must be owner of table audit_events/],
  ["ALTER TABLE audit_events DISABLE TRIGGER USER", /must be owner of table audit_events/],
  ["UPDATE audit_events SET reason = 'rewritten'", /permission denied for table audit_events/],
  ["DELETE FROM audit_events", /permission denied for table audit_events/],
  ["TRUNCATE audit_events", /permission denied for table audit_events/],
  ["DROP TRIGGER audit_events_no_update_delete ON audit_events", /must be owner of (table|relation) audit_events/],
  ["ALTER TABLE audit_events ADD COLUMN forged text", /must be owner of table audit_events/],
  ["DROP TABLE audit_events", /must be owner of table audit_events/],
  [
    `CREATE OR REPLACE FUNCTION audit_events_reject_change() RETURNS trigger AS $$
     BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql`,
    // Refused for want of CREATE on the schema (PostgreSQL 15+), else as not the function's owner.
    /permission denied for schema public|must be owner of function audit_events_reject_change/,
  ],
  [
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'x', 'x')`,
    /permission denied for table _prisma_migrations/,
  ],
  [`UPDATE "_prisma_migrations" SET checksum = 'x'`, /permission denied for table _prisma_migrations/],
  [`DELETE FROM "_prisma_migrations"`, /permission denied for table _prisma_migrations/],
  ["CREATE TABLE shadow (x int)", /permission denied for schema public/],
];

describe(`the app's database role on ${testEngine}`, () => {
  let db: Database;

  // On PostgreSQL `db.prisma` is connected as the app role; on PGlite its session switches to it for `run`.
  async function asApp<T>(run: () => Promise<T>): Promise<T> {
    if (testEngine === "postgres") return run();
    await db.sql.exec(`SET ROLE ${TEST_APP_ROLE}`);
    try {
      return await run();
    } finally {
      await db.sql.exec("RESET ROLE");
    }
  }

  async function appUrl(): Promise<string> {
    const [row] = await db.sql.query<{ name: string }>("SELECT current_database() AS name");
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${row!.name}`;
    url.username = TEST_APP_ROLE;
    return url.toString();
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    if (testEngine === "pglite") {
      await ensureAppRole(db.sql, TEST_APP_ROLE, null);
      await grantAppRole(db.sql, TEST_APP_ROLE);
    }
    await asApp(() => seededWithUsers(db));
  });
  afterAll(async () => {
    await db?.close();
  });

  it.each(FORBIDDEN)("refuses %s", async (statement, error) => {
    const before = await db.prisma.auditEvent.count();
    await expect(asApp(() => db.prisma.$executeRawUnsafe(statement))).rejects.toThrow(error);
    expect(await db.prisma.auditEvent.count()).toBe(before);
    const [trigger] = await db.sql.query<{ enabled: string }>(
      "SELECT tgenabled AS enabled FROM pg_trigger WHERE tgname = 'audit_events_no_update_delete'",
    );
    expect(trigger).toEqual({ enabled: "O" });
  });

  it("saves an audited change through the app's mutations, and the chain still verifies", async () => {
    const recs = await db.prisma.recommendation.findMany({
      select: { id: true, cycle: { select: { year: true } } },
      orderBy: [{ cycle: { year: "asc" } }, { label: "asc" }],
    });
    const earlier = recs[0]!;
    const later = recs.findLast((r) => r.cycle.year > earlier.cycle.year)!;
    const before = await db.prisma.auditEvent.count();
    const outcome = await asApp(() =>
      linkRecommendations(
        db.prisma,
        { id: null, label: "Role test" },
        {
          fromId: later.id,
          toId: earlier.id,
          kind: "REPEATS",
          note: "saved by the app's role",
        },
      ),
    );
    expect(outcome.kind).toBe("ok");
    const events = await db.prisma.auditEvent.findMany({ where: { seq: { gt: before } }, select: { action: true } });
    expect(events).toEqual([{ action: "link" }]);
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  });

  it("reads as a proper app role from its own session, unlike the owner", async () => {
    const app = await asApp(async () => {
      if (testEngine === "pglite") return privilegesOf(db.sql);
      const client = new pg.Client({ connectionString: await appUrl() });
      await client.connect();
      try {
        return await privilegesOf({
          query: async (t, p) => (await client.query(t, p)).rows,
          exec: async () => {},
          close: async () => {},
        });
      } finally {
        await client.end();
      }
    });
    expect(app).toMatchObject({ role: TEST_APP_ROLE, superuser: false, ownsAudit: false, canChangeAudit: false });
    expect(roleProblems(app)).toEqual([]);
    const owner = await privilegesOf(db.sql);
    expect(roleProblems(owner).length).toBeGreaterThan(0);
  });

  it("is idempotent: ensuring and granting again changes nothing the app role may do", async () => {
    const privileges = () =>
      db.sql.query<{ t: string; p: string }>(
        `SELECT table_name AS t, string_agg(privilege_type, ',' ORDER BY privilege_type) AS p
         FROM information_schema.role_table_grants WHERE grantee = $1 GROUP BY table_name ORDER BY table_name`,
        [TEST_APP_ROLE],
      );
    const before = await privileges();
    expect(await ensureAppRole(db.sql, TEST_APP_ROLE, null)).toBe("kept");
    await grantAppRole(db.sql, TEST_APP_ROLE);
    await grantAppRole(db.sql, TEST_APP_ROLE);
    expect(await privileges()).toEqual(before);
    expect(before.find((r) => r.t === "audit_events")).toEqual({ t: "audit_events", p: "INSERT,SELECT" });
    expect(before.find((r) => r.t === "_prisma_migrations")).toEqual({ t: "_prisma_migrations", p: "SELECT" });
    expect(before.find((r) => r.t === "sign_in_throttles")).toEqual({
      t: "sign_in_throttles",
      p: "DELETE,INSERT,SELECT,UPDATE",
    });
  });

  it("sends a generated password as the SCRAM verifier the server itself would store", async () => {
    await db.sql.exec("SET password_encryption = 'scram-sha-256'");
    await db.sql.exec("DROP ROLE IF EXISTS tracker_test_scram; CREATE ROLE tracker_test_scram PASSWORD 'Abc-123_x'");
    const [row] = await db.sql.query<{ p: string }>(
      "SELECT rolpassword AS p FROM pg_authid WHERE rolname = 'tracker_test_scram'",
    );
    const salt = Buffer.from(/^SCRAM-SHA-256\$4096:([^$]+)\$/.exec(row!.p)![1]!, "base64");
    expect(scramVerifier("Abc-123_x", salt)).toBe(row!.p);
    await ensureAppRole(db.sql, "tracker_test_scram", "Abc-123_x");
    const [after] = await db.sql.query<{ p: string }>(
      "SELECT rolpassword AS p FROM pg_authid WHERE rolname = 'tracker_test_scram'",
    );
    expect(after!.p).toMatch(/^SCRAM-SHA-256\$4096:/);
    expect(after!.p).not.toBe(row!.p); // a new salt
    await db.sql.exec("DROP ROLE tracker_test_scram");
  });

  it("names the app role after its owner, as a plain identifier", () => {
    expect(appRoleNameFor("tracker")).toBe("tracker_app");
    expect(appRoleNameFor("Tracker-Owner")).toBe("tracker_owner_app");
    expect(appRoleNameFor("1st")).toBe("r1st_app");
    expect(appRoleNameFor("x".repeat(80))).toHaveLength(63);
    expect(() => roleIdent('app"; DROP TABLE audit_events; --')).toThrow(/not usable as a role name/);
  });

  it("refuses to grant to a role that owns a table (it could alter it)", async () => {
    await ensureAppRole(db.sql, "tracker_test_owning", null);
    await db.sql.exec(`CREATE TABLE owned_by_app (x int); ALTER TABLE owned_by_app OWNER TO tracker_test_owning`);
    try {
      await expect(grantAppRole(db.sql, "tracker_test_owning")).rejects.toThrow(/owns tables of this database/);
    } finally {
      await db.sql.exec("DROP TABLE owned_by_app");
    }
  });
});
