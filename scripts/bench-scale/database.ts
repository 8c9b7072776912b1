// The benchmark's databases. A template is generated once per engine and size
// (generator, then the real seed, then the benchmark's users, then VACUUM
// ANALYZE) and described in .data/bench/<engine>-<size>.json with the users'
// passwords (mode 600). Each run works on a fresh copy of it (CREATE DATABASE
// … TEMPLATE on PostgreSQL, a copied directory for PGlite), so the writes of
// one run never leak into the next. `--reuse-db` keeps a template whose
// generator sources and migrations have not changed.
import { createHash, randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { openDatabase, type DatabaseTarget } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { ensureFirstAdmin } from "@/lib/users/first-admin";
import { createUser } from "@/lib/users/mutations";
import { generate, type Generated } from "./generate";
import type { Shape } from "./shape";

export const BENCH_ROOT = path.resolve(".data/bench");
export const WRITERS = 20;

export type Engine = "postgres" | "pglite";
export interface Account {
  email: string;
  password: string;
  name: string;
}
export interface Template {
  engine: Engine;
  size: string;
  shape: Shape;
  fingerprint: string;
  generated: Generated;
  seconds: number;
  users: { admin: Account; editor: Account; viewer: Account; writers: Account[] };
}

/** The files that decide what a template holds. */
const GENERATOR = [
  "clock",
  "database",
  "generate",
  "materialize",
  "materialize-rows",
  "plan",
  "plan-series",
  "plan-types",
  "prng",
  "shape",
  "sink",
];

/** Changes when the generator or the schema does: a reused template must come from the same code. */
function fingerprint(): string {
  const h = createHash("sha256");
  for (const f of GENERATOR) h.update(readFileSync(path.resolve("scripts/bench-scale", `${f}.ts`)));
  for (const m of readdirSync(path.resolve("prisma/migrations")).sort()) h.update(m);
  return h.digest("hex").slice(0, 16);
}

const metaPath = (engine: Engine, size: string) => path.join(BENCH_ROOT, `${engine}-${size}.json`);
const pgName = (kind: "tpl" | "run", size: string) => `bench_${kind}_${size.toLowerCase()}`;
const pgliteDir = (kind: "tpl" | "run", size: string) => path.join(BENCH_ROOT, `pglite-${size}-${kind}`);

function withDatabase(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function freshTarget(
  engine: Engine,
  kind: "tpl" | "run",
  size: string,
  adminUrl?: string,
  template?: string,
): Promise<DatabaseTarget> {
  if (engine === "pglite") {
    const dir = pgliteDir(kind, size);
    rmSync(dir, { recursive: true, force: true });
    if (template) cpSync(template, dir, { recursive: true });
    return { dataDir: dir };
  }
  const name = pgName(kind, size);
  await admin(adminUrl!, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  });
  return { url: withDatabase(adminUrl!, name) };
}

async function templateExists(engine: Engine, size: string, adminUrl?: string): Promise<boolean> {
  if (engine === "pglite") return existsSync(pgliteDir("tpl", size));
  const rows = await admin(adminUrl!, (c) =>
    c.query("SELECT 1 FROM pg_database WHERE datname = $1", [pgName("tpl", size)]),
  );
  return rows.rowCount === 1;
}

const account = (key: string, name: string): Account => ({
  email: `${key}@bench.example`,
  password: randomBytes(12).toString("base64url"),
  name,
});

/** Generates the template (or reuses it) and returns its description. */
export async function ensureTemplate(o: {
  engine: Engine;
  size: string;
  shape: Shape;
  adminUrl?: string;
  reuse: boolean;
  log: (s: string) => void;
}): Promise<Template> {
  const file = metaPath(o.engine, o.size);
  const fp = fingerprint();
  if (o.reuse && existsSync(file) && (await templateExists(o.engine, o.size, o.adminUrl))) {
    const meta = JSON.parse(readFileSync(file, "utf8")) as Template;
    if (meta.fingerprint === fp && meta.shape.seed === o.shape.seed && meta.shape.cycles === o.shape.cycles) {
      o.log(
        `reusing the ${o.engine} ${o.size} template (${meta.generated.events.toLocaleString("en")} generated events)`,
      );
      return meta;
    }
    o.log("the template was made by other generator sources or schema: generating it again");
  }
  const started = performance.now();
  const target = await freshTarget(o.engine, "tpl", o.size, o.adminUrl);
  const db = await openDatabase(target);
  const users = {
    admin: account("bench-first-admin", "Administrator"),
    editor: account("bench-editor", "Bench editor"),
    viewer: account("bench-viewer", "Bench viewer"),
    writers: [] as Account[],
  };
  let generated: Generated;
  try {
    generated = await generate(db, o.shape, o.log);
    o.log(
      `generated ${generated.events.toLocaleString("en")} events in ${((generated.ms.plan + generated.ms.write) / 1000).toFixed(0)} s; loading the seed`,
    );
    await seedDatabase(db.prisma);
    await ensureFirstAdmin(db.prisma, {
      email: users.admin.email,
      password: users.admin.password,
      dataRoot: BENCH_ROOT,
    });
    await createUser(db.prisma, { ...users.editor, role: "EDITOR" });
    await createUser(db.prisma, { ...users.viewer, role: "VIEWER" });
    for (let i = 1; i <= WRITERS; i++) {
      const w = account(`bench-writer-${String(i).padStart(2, "0")}`, `Bench writer ${String(i).padStart(2, "0")}`);
      await createUser(db.prisma, { ...w, role: "EDITOR" });
      users.writers.push(w);
    }
    o.log("VACUUM ANALYZE");
    await db.sql.exec("VACUUM ANALYZE");
  } finally {
    await db.close();
  }
  const meta: Template = {
    engine: o.engine,
    size: o.size,
    shape: o.shape,
    fingerprint: fp,
    generated,
    seconds: Math.round((performance.now() - started) / 1000),
    users,
  };
  mkdirSync(BENCH_ROOT, { recursive: true });
  writeFileSync(file, JSON.stringify(meta, null, 2), { mode: 0o600 });
  return meta;
}

/** A fresh copy of the template for one run: its target, and the environment that points the app at it. */
export async function runCopy(
  engine: Engine,
  size: string,
  adminUrl?: string,
): Promise<{ target: DatabaseTarget; env: Record<string, string> }> {
  const target = await freshTarget(
    engine,
    "run",
    size,
    adminUrl,
    engine === "pglite" ? pgliteDir("tpl", size) : pgName("tpl", size),
  );
  return { target, env: "url" in target ? { DATABASE_URL: target.url } : { PGLITE_DIR: target.dataDir } };
}
