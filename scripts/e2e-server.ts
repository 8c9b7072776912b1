// Starts one app instance for the Playwright tests, on its own fresh database:
//   tsx scripts/e2e-server.ts <port>            -> PGlite in .data/e2e/<port>/pglite
//   E2E_DATABASE_URL=… tsx scripts/e2e-server.ts <port>  -> a fresh PostgreSQL database
// It prepares the database (migrations, seed, admin), creates one user per role
// with random passwords for the sign-in fixture (.data/e2e/<port>/users.json),
// then runs the already-built app (`next build` first) with `next start`.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const port = process.argv[2] ?? "3100";
const root = path.resolve(".data/e2e", port);
rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });

const env: Record<string, string> = {
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  PUBLIC_READ: process.env.E2E_PUBLIC_READ ?? "false",
};
const pgUrl = process.env.E2E_DATABASE_URL;
if (pgUrl) {
  const name = `tracker_e2e_${port}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
} else {
  env.PGLITE_DIR = path.join(root, "pglite");
}
env.ADMIN_EMAIL = "first-admin@e2e.example";
env.ADMIN_PASSWORD = randomBytes(12).toString("base64url");
Object.assign(process.env, env);
delete process.env[pgUrl ? "PGLITE_DIR" : "DATABASE_URL"];

// Imported after the environment is set: lib/env reads it once.
const { openDatabase } = await import("../lib/db/client");
const { setUpDatabaseRoles } = await import("../lib/db/setup-roles");
const { seedDatabase } = await import("../lib/seed/seed");
const { ensureFirstAdmin } = await import("../lib/users/first-admin");
const { createUser } = await import("../lib/users/mutations");
const { SYSTEM_ACTOR } = await import("../lib/audit/record");
const { createInstitution } = await import("../lib/institutions/mutations");

// As `npm start` does: on PostgreSQL E2E_DATABASE_URL's superuser migrates and creates the app's own role
// (<user>_app), and the app is served as that role, which owns nothing (lib/db/setup-roles.ts).
const roles = await setUpDatabaseRoles({
  url: env.DATABASE_URL,
  dataDir: env.PGLITE_DIR ?? "",
  secretDir: path.join(root, "keys"),
});
if (roles.warning) throw new Error(`e2e: the app's database role is unsafe: ${roles.warning}`);
if ("url" in roles.app) process.env.DATABASE_URL = roles.app.url;
const db = await openDatabase(roles.app);
const users: Record<string, { email: string; password: string; name: string }> = {
  admin: { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, name: "Administrator" },
};
try {
  await seedDatabase(db.prisma);
  await ensureFirstAdmin(db.prisma, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, dataRoot: root });
  // "sessions" and "passwords": viewers of their own for e2e/sessions.spec.ts, which signs out everywhere and
  // changes a password (the shared users stay untouched); "languages" for e2e/languages.spec.ts, which saves a
  // language on its account; "response-ru" and "response-kk": editors of their own for
  // e2e/journeys-ru-kk-response.spec.ts, which reads the site in Russian or Kazakh through the language cookie (their
  // accounts have no language, so the cookie decides; the shared editor's language is never changed).
  // "journeys-ru" and "journeys-kk", editors whose language comes from the browser, for e2e/journeys-ru-kk.spec.ts.
  const extra = [
    ["sessions", "VIEWER"],
    ["passwords", "VIEWER"],
    ["languages", "VIEWER"],
    ["response-ru", "EDITOR"],
    ["response-kk", "EDITOR"],
    ["journeys-ru", "EDITOR"],
    ["journeys-kk", "EDITOR"],
  ] as const;
  for (const [key, role] of [["editor", "EDITOR"], ["viewer", "VIEWER"], ...extra] as const) {
    const u = { email: `${key}@e2e.example`, password: randomBytes(12).toString("base64url"), name: `E2E ${key}` };
    await createUser(db.prisma, { ...u, role });
    users[key] = u;
  }
  // A contributor: the focal point of the Central Election Commission (seeded, or made here if the seed has none).
  const name = "Central Election Commission of the Republic of Kazakhstan";
  if (!(await db.prisma.institution.findUnique({ where: { name } })))
    await createInstitution(db.prisma, SYSTEM_ACTOR, { name, abbreviation: "CEC" });
  const cec = await db.prisma.institution.findUniqueOrThrow({ where: { name } });
  const c = {
    email: "contributor@e2e.example",
    password: randomBytes(12).toString("base64url"),
    name: "E2E contributor",
  };
  await createUser(db.prisma, { ...c, role: "CONTRIBUTOR", institutionId: cec.id });
  users.contributor = c;
} finally {
  await db.close();
}
writeFileSync(path.join(root, "users.json"), JSON.stringify(users, null, 2), { mode: 0o600 });

// Served as `npm start` serves (scripts/serve.mjs): on PostgreSQL one process per core.
const child = spawn(process.execPath, [path.resolve("scripts/serve.mjs")], {
  stdio: "inherit",
  env: { ...process.env, PORT: port, HOST: "127.0.0.1" },
});
// Run next's own binary (not through npx) so that stopping this process stops the server too.
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, () => child.kill(sig));
process.on("exit", () => child.kill("SIGTERM"));
child.on("exit", (code) => process.exit(code ?? 0));
