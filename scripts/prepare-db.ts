// Brings the database to a usable state: migrations, seed data, first admin.
// Safe to run any number of times. `npm run db:prepare`; `npm start` runs it too.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { env } from "../lib/env";
import { DEFAULT_KEY_DIR } from "../lib/audit/checkpoint";
import { DEFAULT_PGLITE_DIR, openDatabase } from "../lib/db/client";
import { privilegesOf, roleProblems } from "../lib/db/roles";
import { setUpDatabaseRoles, TWO_URL_HELP, type RoleSetup } from "../lib/db/setup-roles";
import { upgradeData } from "../lib/db/upgrade";
import { seedDatabase } from "../lib/seed/seed";
import { ensureFirstAdmin, type FirstAdminResult } from "../lib/users/first-admin";

export const DATA_ROOT = path.resolve(".data");

export async function prepareDatabase(): Promise<{
  admin: FirstAdminResult;
  location: string;
  kind: string;
  created: Record<string, number>;
  roles: RoleSetup;
}> {
  const e = env();
  // Migrations and grants as the owner; the rest as the app's role, as the app itself will run.
  const roles = await setUpDatabaseRoles({
    url: e.DATABASE_URL,
    ownerUrl: e.DATABASE_OWNER_URL,
    dataDir: e.PGLITE_DIR ?? DEFAULT_PGLITE_DIR,
    // The generated app role's password: in the key directory with the session and audit keys, outside the db.
    secretDir: path.resolve(e.AUDIT_KEY_DIR ?? DEFAULT_KEY_DIR),
  });
  const db = await openDatabase(roles.app);
  try {
    if (db.kind === "postgres" && !roles.warning) {
      // The role the app will serve with, checked from its own session.
      const problems = roleProblems(await privilegesOf(db.sql));
      if (problems.length) roles.warning = `${problems.join("; ")}.\n${TWO_URL_HELP}`;
    }
    // Data of an earlier release first (recorded in the audit log), then what the seed adds.
    const upgraded = await upgradeData(db.prisma);
    if (upgraded)
      console.log(
        `Upgraded the data of an earlier release: ${upgraded.recorded} dates recorded, ${upgraded.versions} versions rebuilt.`,
      );
    const { created } = await seedDatabase(db.prisma);
    const admin = await ensureFirstAdmin(db.prisma, {
      email: e.ADMIN_EMAIL,
      password: e.ADMIN_PASSWORD,
      name: e.ADMIN_NAME,
      dataRoot: DATA_ROOT,
    });
    return { admin, location: db.location, kind: db.kind, created, roles };
  } finally {
    await db.close();
  }
}

/** Which roles migrate and serve, passwords redacted; the warning when the app would own the audit table. */
export function databaseRolesText(roles: RoleSetup): string {
  if (roles.mode === "embedded") return "Database roles: embedded database, one process (no separate roles).";
  const lines = [
    roles.ownerLocation ? `Database owner (migrations, grants): ${roles.ownerLocation}` : null,
    `Database role of the app: ${roles.appLocation}`,
  ];
  if (roles.mode === "created")
    lines.push("  (created or refreshed by npm start; its password is in the key directory, AUDIT_KEY_DIR)");
  if (roles.warning) lines.push(`WARNING: ${roles.warning}`);
  return lines.filter((l) => l !== null).join("\n");
}

export function signInInstructions(admin: FirstAdminResult, url: string): string {
  const lines = [`Sign in at ${url}/sign-in as ${admin.email}`];
  if (admin.created && admin.passwordSource === "generated") {
    lines.push(
      `  password: ${admin.password}`,
      `  (generated now; also saved in ${admin.credentialsFile} — delete that file after signing in)`,
    );
  } else if (admin.created) {
    lines.push("  password: the one in ADMIN_PASSWORD");
  } else if (admin.credentialsFile) {
    lines.push(`  password: see ${admin.credentialsFile} (generated at first start)`);
  } else {
    lines.push("  password: the one set for this account (the first-start file has been deleted)");
  }
  return lines.join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { admin, location, kind, created, roles } = await prepareDatabase();
  const n = Object.values(created).reduce((a, b) => a + b, 0);
  console.log(`Database ready (${kind}: ${location}); seed created ${n} rows.`);
  console.log(databaseRolesText(roles));
  console.log(signInInstructions(admin, process.env.NEXTAUTH_URL ?? "http://localhost:3000"));
}
