// What `npm start` does about database roles (lib/db/setup-roles.ts), from the URLs it is given. On PostgreSQL
// each case gets its own roles and database on the test server; the embedded database has no roles to set up.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, openDatabase } from "./client";
import { loadMigrations } from "./migrate";
import { privilegesOf, roleProblems } from "./roles";
import { setUpDatabaseRoles } from "./setup-roles";
import { testEngine } from "./test-db";

const tag = randomUUID().replace(/-/g, "").slice(0, 10);
const secretDir = mkdtempSync(path.join(tmpdir(), "tracker-roles-"));
const roles: string[] = [];
const databases: string[] = [];

async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

/** A login role and, when `owns`, a new database it owns; returns its URL on that database. */
async function role(name: string, attributes: string, ownsDb?: string): Promise<string> {
  const full = `${name}_${tag}`;
  roles.push(full);
  await admin((c) => c.query(`CREATE ROLE ${full} LOGIN ${attributes} PASSWORD 'pw-${full}'`));
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.username = full;
  url.password = `pw-${full}`;
  if (ownsDb) {
    databases.push(ownsDb);
    await admin((c) => c.query(`CREATE DATABASE ${ownsDb} OWNER ${full}`));
    url.pathname = `/${ownsDb}`;
  }
  return url.toString();
}

function onDatabase(url: string, dbName: string, user?: string, password?: string): string {
  const u = new URL(url);
  u.pathname = `/${dbName}`;
  if (user) u.username = user;
  if (password) u.password = password;
  return u.toString();
}

async function privilegesAt(url: string) {
  const db = await openDatabase({ url });
  try {
    return await privilegesOf(db.sql);
  } finally {
    await db.close();
  }
}

describe(`database roles at start on ${testEngine}`, () => {
  afterAll(async () => {
    rmSync(secretDir, { recursive: true, force: true });
    if (testEngine !== "postgres") return;
    await admin(async (c) => {
      for (const d of databases) await c.query(`DROP DATABASE IF EXISTS ${d} WITH (FORCE)`);
      for (const r of [...roles, ...roles.map((r) => `${r}_app`)]) await c.query(`DROP ROLE IF EXISTS ${r}`);
    });
  });

  if (testEngine === "pglite") {
    it("leaves the embedded database to its one process: no roles, no URLs", async () => {
      const setup = await setUpDatabaseRoles({ dataDir: "memory://", secretDir });
      expect(setup).toEqual({
        mode: "embedded",
        app: { dataDir: "memory://" },
        ownerLocation: null,
        appLocation: "memory://",
        warning: null,
      });
    });
    return;
  }

  describe("on a PostgreSQL server", () => {
    let ownerUrl: string;
    const dbName = `roles_${tag}`;
    beforeAll(async () => {
      // Not a superuser: what a hosting provider usually hands out (CREATEROLE, owner of its database).
      ownerUrl = await role("owner", "CREATEROLE", dbName);
    });

    it("with only an owner URL that may create roles, creates <owner>_app and serves as it; twice is fine", async () => {
      const first = await setUpDatabaseRoles({ url: ownerUrl, dataDir: "", secretDir });
      expect(first.mode).toBe("created");
      expect(first.warning).toBeNull();
      const appUrl = new URL((first.app as { url: string }).url);
      expect(appUrl.username).toBe(`owner_${tag}_app`);
      expect(first.appLocation).toContain(`owner_${tag}_app:***@`);
      expect(first.ownerLocation).toContain(`owner_${tag}:***@`);
      const secret = path.join(secretDir, `postgres-owner_${tag}_app@${appUrl.hostname}_${appUrl.port}.password`);
      expect(statSync(secret).mode & 0o777).toBe(0o600);
      const app = await privilegesAt(appUrl.toString());
      expect(app).toMatchObject({ role: `owner_${tag}_app`, superuser: false, canAdministerRoles: false });
      expect(roleProblems(app)).toEqual([]);

      const again = await setUpDatabaseRoles({ url: ownerUrl, dataDir: "", secretDir });
      expect(again).toEqual(first);
      expect(roleProblems(await privilegesAt(appUrl.toString()))).toEqual([]);
    });

    it("with two URLs, grants to DATABASE_URL's role (creating it with its password when missing)", async () => {
      const appRole = `given_${tag}`;
      roles.push(appRole);
      const url = onDatabase(ownerUrl, dbName, appRole, "given-password");
      const setup = await setUpDatabaseRoles({ url, ownerUrl, dataDir: "", secretDir });
      expect(setup).toMatchObject({ mode: "two-urls", app: { url }, warning: null });
      expect(roleProblems(await privilegesAt(url))).toEqual([]);

      // The app's role alone: it starts on an up-to-date database, and refuses to migrate one that is not.
      expect(await setUpDatabaseRoles({ url, dataDir: "", secretDir })).toMatchObject({
        mode: "app-only",
        ownerLocation: null,
        warning: null,
      });
      const next = [
        ...loadMigrations(MIGRATIONS_DIR),
        { name: "99990101000000_later", sql: "SELECT 1", checksum: "x" },
      ];
      await expect(openDatabase({ url }, next)).rejects.toThrow(/1 migration\(s\) are pending .* DATABASE_OWNER_URL/);
    });

    it("keeps serving with a warning when <owner>_app exists and the owner may not make it an app role", async () => {
      const blockedDb = `blocked_${tag}`;
      const url = await role("blocked", "CREATEROLE", blockedDb);
      await admin((c) => c.query(`CREATE ROLE blocked_${tag}_app SUPERUSER`));
      const setup = await setUpDatabaseRoles({ url, dataDir: "", secretDir });
      expect(setup).toMatchObject({ mode: "single-role", app: { url } });
      expect(setup.warning).toMatch(new RegExp(`blocked_${tag}_app could not be set up`));
      expect(setup.warning).toMatch(/DATABASE_OWNER_URL=/);
    });

    it("with only a URL whose role owns the tables and may not create roles, serves with a clear warning", async () => {
      const plainDb = `plain_${tag}`;
      const url = await role("plain", "", plainDb);
      const setup = await setUpDatabaseRoles({ url, dataDir: "", secretDir });
      expect(setup.mode).toBe("single-role");
      expect(setup.warning).toMatch(/owns audit_events/);
      expect(setup.warning).toMatch(/DATABASE_OWNER_URL=/);
    });
  });
});
