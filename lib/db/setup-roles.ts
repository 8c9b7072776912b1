// What `npm start` and `npm run db:prepare` do about database roles before the app connects (decision 008):
//  - embedded database: nothing (one process, one superuser session: see the decision for why no SET ROLE);
//  - DATABASE_OWNER_URL and DATABASE_URL: migrate as the owner, grant to DATABASE_URL's role, serve as that role;
//  - DATABASE_URL alone, on a role that may create roles (superuser, or CREATEROLE and owner of the database):
//    create or refresh `<role>_app` with a generated password kept in .data/keys (0600), migrate and grant as the
//    given role, serve as `<role>_app`;
//  - DATABASE_URL alone, on a role that may not: serve as it, with a warning when it owns the audit table.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openDatabase, redactUrl, type DatabaseTarget } from "./client";
import type { Migration } from "./migrate";
import { appRoleNameFor, ensureAppRole, grantAppRole, privilegesOf, roleProblems } from "./roles";

export type RoleMode = "embedded" | "two-urls" | "created" | "app-only" | "single-role";

export interface RoleSetup {
  mode: RoleMode;
  /** Where the app connects; on PostgreSQL its URL carries the app role's password. */
  app: DatabaseTarget;
  /** Both URLs without passwords, for messages. */
  ownerLocation: string | null;
  appLocation: string;
  /** Set when the app would run with more rights than it should: print it. */
  warning: string | null;
}

export interface RoleOptions {
  url?: string;
  ownerUrl?: string;
  dataDir: string;
  /** Where a generated app-role password is kept (outside any database directory). */
  secretDir: string;
  migrations?: Migration[];
}

export const TWO_URL_HELP = [
  "The app connects with a role that owns the tables, so it could disable the audit log's triggers and rewrite",
  "history. Give it a role of its own (README, PostgreSQL):",
  "  CREATE ROLE tracker_app LOGIN PASSWORD '…';   -- as an administrator of the server",
  "  DATABASE_OWNER_URL=postgresql://<owner>:…@host/db   (migrations and grants, backup and restore)",
  "  DATABASE_URL=postgresql://tracker_app:…@host/db      (what the app serves with)",
  "or give DATABASE_URL's role CREATEROLE and `npm start` creates <role>_app itself.",
].join("\n");

function userOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/** The app role's password for this server: generated once, kept readable by this account only. */
export function appRoleSecret(secretDir: string, url: string, role: string): string {
  const u = new URL(url);
  const server = `${u.hostname || "local"}_${u.port || "5432"}`.replace(/[^A-Za-z0-9._-]/g, "_");
  const file = path.join(secretDir, `postgres-${role}@${server}.password`);
  if (!existsSync(file)) {
    mkdirSync(secretDir, { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, `${randomBytes(24).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Two starts at once: the other one wrote it first.
      if ((error as { code?: string }).code !== "EEXIST") throw error;
    }
  }
  return readFileSync(file, "utf8").trim();
}

export async function setUpDatabaseRoles(o: RoleOptions): Promise<RoleSetup> {
  if (!o.url) {
    return {
      mode: "embedded",
      app: { dataDir: o.dataDir },
      ownerLocation: null,
      appLocation: o.dataDir,
      warning: null,
    };
  }
  const ownerUrl = o.ownerUrl ?? o.url;
  const owner = await openDatabase({ url: ownerUrl }, o.migrations);
  try {
    const me = await privilegesOf(owner.sql);
    if (o.ownerUrl) {
      const role = userOf(o.url);
      const [found] = await owner.sql.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_roles WHERE rolname = $1",
        [role],
      );
      if (!found!.n) {
        if (!me.canAdministerRoles)
          throw new Error(`The role ${role} of DATABASE_URL does not exist: create it (README, PostgreSQL)`);
        await ensureAppRole(owner.sql, role, decodeURIComponent(new URL(o.url).password) || null);
      }
      await grantAppRole(owner.sql, role);
      return setup("two-urls", o.url, ownerUrl, null);
    }
    const problems = roleProblems(me);
    if (me.canAdministerRoles) {
      const role = appRoleNameFor(me.role);
      try {
        const password = appRoleSecret(o.secretDir, o.url, role);
        await ensureAppRole(owner.sql, role, password);
        await grantAppRole(owner.sql, role);
        return setup("created", withCredentials(o.url, role, password), ownerUrl, null);
      } catch (error) {
        // E.g. PostgreSQL 16+ where a same-named role exists that this CREATEROLE owner did not create: keep serving.
        const why = `${role} could not be set up (${(error as Error).message})`;
        return setup("single-role", o.url, ownerUrl, `${[why, ...problems].join("; ")}.\n${TWO_URL_HELP}`);
      }
    }
    // A role that may not create roles: an app role given without its owner, or an owner we cannot help.
    if (!problems.length) return { ...setup("app-only", o.url, ownerUrl, null), ownerLocation: null };
    return setup("single-role", o.url, ownerUrl, `${problems.join("; ")}.\n${TWO_URL_HELP}`);
  } finally {
    await owner.close();
  }
}

function setup(mode: RoleMode, appUrl: string, ownerUrl: string, warning: string | null): RoleSetup {
  return {
    mode,
    app: { url: appUrl },
    ownerLocation: redactUrl(ownerUrl),
    appLocation: redactUrl(appUrl),
    warning,
  };
}
