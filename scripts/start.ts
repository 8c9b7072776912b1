// `npm start`: prepare the database, build if the sources changed, serve on
// http://localhost:3000 (PORT to change). `npm run dev` does the same with `next dev`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { dataDirsFromEnv, holdEmbeddedDatabase, secureDataDirectories, sessionSecret } from "./data-dirs";
import { DATA_ROOT, databaseRolesText, prepareDatabase, signInInstructions } from "./prepare-db";

const NEXT_BIN = path.resolve("node_modules/.bin/next");

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "localhost";

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function needsBuild(): boolean {
  const id = path.join(".next", "BUILD_ID");
  if (!existsSync(id)) return true;
  const sources = ["app", "components", "lib", "prisma", "next.config.js", "package-lock.json"].filter(existsSync);
  const newest = Math.max(...sources.map((s) => (statSync(s).isDirectory() ? newestSource(s) : statSync(s).mtimeMs)));
  return newest > statSync(id).mtimeMs;
}

// The embedded database's lock first: a second start on the same directory stops here, before anything else.
const dirs = dataDirsFromEnv(DATA_ROOT);
holdEmbeddedDatabase(dirs);
secureDataDirectories(dirs);
// A stable session secret: from the environment (required for several instances), else generated once into
// the key directory (scripts/data-dirs.ts) so restarts keep sessions valid.
process.env.NEXTAUTH_SECRET ||= sessionSecret(dirs);
process.env.NEXTAUTH_URL ??= `http://${host}:${port}`;

const prepared = await prepareDatabase();
const url = process.env.NEXTAUTH_URL;
// The server gets the app role's URL only: the owner's stays in this process (lib/db/setup-roles.ts).
const serverEnv: NodeJS.ProcessEnv = { ...process.env };
delete serverEnv.DATABASE_OWNER_URL;
if ("url" in prepared.roles.app) serverEnv.DATABASE_URL = prepared.roles.app.url;

if (!dev && needsBuild()) {
  console.log("Building the app (first start or sources changed)…");
  const build = spawnSync(NEXT_BIN, ["build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const banner = [
  "",
  "────────────────────────────────────────────────────────────",
  ` ODIHR follow-up tracker: ${url}`,
  ` Database: ${prepared.kind} (${prepared.location})`,
  ...databaseRolesText(prepared.roles)
    .split("\n")
    .map((l) => ` ${l}`),
  ...signInInstructions(prepared.admin, url)
    .split("\n")
    .map((l) => ` ${l}`),
  "────────────────────────────────────────────────────────────",
  "",
].join("\n");
console.log(banner);

// Production: scripts/serve.mjs (one process per core on PostgreSQL, one on the embedded database).
const child = dev
  ? spawn(NEXT_BIN, ["dev", "-p", port, "-H", host], { stdio: "inherit", env: serverEnv })
  : spawn(process.execPath, [path.resolve("scripts/serve.mjs")], {
      stdio: "inherit",
      env: { ...serverEnv, PORT: port, HOST: host },
    });
// Run next's own binary (not through npx) so that stopping this process stops the server too.
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, () => child.kill(sig));
process.on("exit", () => child.kill("SIGTERM"));
child.on("exit", (code) => process.exit(code ?? 0));
