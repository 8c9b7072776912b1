// Two database roles on PostgreSQL (decision 008): the OWNER runs migrations and owns every table, function and
// trigger; the APP role serves requests and owns nothing, so it cannot ALTER audit_events, disable or drop its
// triggers, replace the trigger function, or touch _prisma_migrations. On audit_events it may only INSERT and
// SELECT. Grants are re-applied after every migration run (and default privileges cover tables added later).
import { createHash, createHmac, pbkdf2Sync, randomBytes } from "node:crypto";
import type { RawSql } from "./sql";

/** Tables the app may only read and append to. */
export const APPEND_ONLY_TABLES = ["audit_events"] as const;
/** Tables the app may only read (it checks that no migration is pending, it never applies one). */
export const READ_ONLY_TABLES = ["_prisma_migrations"] as const;

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

/** Quotes a role name after checking it is a plain lower-case identifier (it goes into DDL, not a parameter). */
export function roleIdent(name: string): string {
  if (!IDENT.test(name)) throw new Error(`"${name}" is not usable as a role name (lower-case letters, digits, _)`);
  return `"${name}"`;
}

/** The app role npm start creates next to an owner that may administer roles: `<owner>_app`. */
export function appRoleNameFor(owner: string): string {
  const base = owner.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  return `${/^[a-z_]/.test(base) ? "" : "r"}${base}`.slice(0, 59) + "_app";
}

export interface Privileges {
  role: string;
  superuser: boolean;
  /** May create roles and owns the database (or is a superuser): npm start can set the app role up itself. */
  canAdministerRoles: boolean;
  /** Owns audit_events, or is a member of its owner: could ALTER it, disable its triggers. */
  ownsAudit: boolean;
  canChangeAudit: boolean;
  canWriteMigrations: boolean;
}

/** What the connected role may do (the audit and migration flags are false before the schema is migrated). */
export async function privilegesOf(sql: RawSql): Promise<Privileges> {
  const [r] = await sql.query<{ role: string; superuser: boolean; can_admin: boolean }>(
    `SELECT current_user AS role, r.rolsuper AS superuser,
            (r.rolsuper OR (r.rolcreaterole AND pg_has_role(current_user, d.datdba, 'MEMBER'))) AS can_admin
     FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()`,
  );
  const [t] = await sql.query<{ owns: boolean | null; change: boolean | null; migrations: boolean | null }>(
    `SELECT (SELECT pg_has_role(current_user, relowner, 'MEMBER') FROM pg_class
              WHERE oid = to_regclass('audit_events')) AS owns,
            CASE WHEN to_regclass('audit_events') IS NOT NULL THEN
              has_table_privilege('audit_events', 'UPDATE') OR has_table_privilege('audit_events', 'DELETE')
              OR has_table_privilege('audit_events', 'TRUNCATE') END AS change,
            CASE WHEN to_regclass('_prisma_migrations') IS NOT NULL THEN
              has_table_privilege('_prisma_migrations', 'INSERT') OR has_table_privilege('_prisma_migrations', 'UPDATE')
              OR has_table_privilege('_prisma_migrations', 'DELETE') END AS migrations`,
  );
  return {
    role: r!.role,
    superuser: r!.superuser,
    canAdministerRoles: r!.can_admin,
    ownsAudit: t!.owns === true,
    canChangeAudit: t!.change === true,
    canWriteMigrations: t!.migrations === true,
  };
}

/** Why this role should not serve the app (empty when it is a proper app role). */
export function roleProblems(p: Privileges): string[] {
  const problems: string[] = [];
  if (p.superuser) problems.push(`${p.role} is a superuser`);
  else if (p.ownsAudit) problems.push(`${p.role} owns audit_events (it could disable its triggers)`);
  else if (p.canChangeAudit) problems.push(`${p.role} may UPDATE, DELETE or TRUNCATE audit_events`);
  if (!p.superuser && p.canWriteMigrations) problems.push(`${p.role} may write _prisma_migrations`);
  return problems;
}

/**
 * Creates the app role, or brings an existing one back to a login role without any power beyond its grants,
 * with this password. Safe to run at every start and from several instances at once.
 */
export async function ensureAppRole(sql: RawSql, role: string, password: string | null): Promise<"created" | "kept"> {
  const ident = roleIdent(role);
  // Only a superuser may even name SUPERUSER, REPLICATION or BYPASSRLS; a CREATEROLE owner checks them after.
  const [me] = await sql.query<{ su: boolean }>("SELECT rolsuper AS su FROM pg_roles WHERE rolname = current_user");
  const attributes = `LOGIN NOCREATEDB NOCREATEROLE INHERIT${me!.su ? " NOSUPERUSER NOREPLICATION NOBYPASSRLS" : ""}`;
  const pw = password === null ? "" : ` PASSWORD ${passwordLiteral(password)}`;
  const [exists] = await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_roles WHERE rolname = $1", [role]);
  if (!exists!.n) {
    try {
      await sql.exec(`CREATE ROLE ${ident} ${attributes}${pw}`);
      return "created";
    } catch (error) {
      // Roles are shared by the whole server. Another instance created it meanwhile (duplicate_object, or unique_violation when both raced the catalog).
      const code = (error as { code?: string }).code;
      if (code !== "42710" && code !== "23505") throw error;
    }
  }
  const state = () =>
    sql.query<{ bad: boolean; fine: boolean }>(
      `SELECT rolsuper OR rolreplication OR rolbypassrls AS bad,
              rolcanlogin AND rolinherit AND NOT rolcreatedb AND NOT rolcreaterole AS fine
       FROM pg_roles WHERE rolname = $1`,
      [role],
    );
  const [before] = await state();
  // Altered only when something is to change: concurrent ALTERs of one role can fail ("tuple concurrently updated").
  if (password !== null || !before!.fine || (before!.bad && me!.su)) {
    try {
      await sql.exec(`ALTER ROLE ${ident} ${attributes}${pw}`);
    } catch (error) {
      if (!/concurrently/.test((error as Error).message)) throw error;
      await sql.exec(`ALTER ROLE ${ident} ${attributes}${pw}`);
    }
  }
  const [after] = await state();
  if (after!.bad) throw new Error(`The role ${role} is a superuser or may bypass permissions: it cannot be the app's`);
  return "kept";
}

/**
 * What PostgreSQL stores for a SCRAM-SHA-256 password (RFC 5802/7677, 4096 iterations as the server's default).
 * Sent instead of the password, so a server that logs statements never logs it. Printable ASCII only (where
 * SASLprep changes nothing); anything else is sent as is for the server to hash.
 */
export function scramVerifier(password: string, salt = randomBytes(16)): string {
  const salted = pbkdf2Sync(password, salt, 4096, 32, "sha256");
  const hmac = (key: Buffer, text: string) => createHmac("sha256", key).update(text).digest();
  const stored = createHash("sha256").update(hmac(salted, "Client Key")).digest();
  const server = hmac(salted, "Server Key");
  return `SCRAM-SHA-256$4096:${salt.toString("base64")}$${stored.toString("base64")}:${server.toString("base64")}`;
}

function passwordLiteral(password: string): string {
  return literal(/^[\x21-\x7e]+$/.test(password) ? scramVerifier(password) : password);
}

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Grants the app role what it needs and nothing more, in the current schema of the owner's connection. Run as the
 * owner after migrating: ordinary tables read/write, append-only tables SELECT + INSERT, the migrations table
 * SELECT only, sequences USAGE + SELECT; default privileges so a table a later migration adds is readable and
 * writable before the next grant. Refuses a role that owns anything the app's safety rests on.
 */
export async function grantAppRole(sql: RawSql, role: string): Promise<void> {
  const r = roleIdent(role);
  const [owner] = await sql.query<{ owns: boolean; member: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = current_schema() AND pg_has_role($1, c.relowner, 'MEMBER')) AS owns,
            pg_has_role($1, current_user, 'MEMBER') AS member`,
    [role],
  );
  if (owner!.owns || owner!.member)
    throw new Error(
      `The role ${role} owns tables of this database or is a member of their owner, so it could alter them and ` +
        `disable the audit triggers. Use a separate role for the app (REASSIGN OWNED BY ${role} TO <owner>, or a ` +
        "new role), see README, PostgreSQL.",
    );
  const schema = `"${(await sql.query<{ s: string }>("SELECT current_schema() AS s"))[0]!.s.replace(/"/g, '""')}"`;
  const restricted = [...APPEND_ONLY_TABLES, ...READ_ONLY_TABLES].map((t) => `"${t}"`).join(", ");
  await sql.exec(`
    GRANT USAGE ON SCHEMA ${schema} TO ${r};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${r};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${r};
    ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r};
    ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${r};
    REVOKE ALL ON ${restricted} FROM ${r};
    GRANT SELECT ON ${restricted} TO ${r};
    ${APPEND_ONLY_TABLES.map((t) => `GRANT INSERT ON "${t}" TO ${r};`).join("\n")}
  `);
}
