// Computes the SQL that takes the committed migrations to prisma/schema.prisma.
// Uses @prisma/schema-engine-wasm (an internal Prisma package, pinned exactly)
// with an in-memory PGlite as shadow database, because the Prisma CLI cannot
// download its native engine here. Used to author migrations
// (scripts/migration-new.ts) and by the drift test (lib/db/schema-drift.test.ts).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { createRequire } from "node:module";
// The engine expects adapters wrapped into its Result-returning form.
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");

function migrationList() {
  const dirs = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"\n' },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

// The package is built for bundlers (it imports the .wasm file directly), so
// instantiate the WebAssembly module by hand, as its generated glue expects.
let ready: Promise<typeof bg> | null = null;
function loadEngine(): Promise<typeof bg> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return ready;
}

/** True when the diff output means "nothing to do". */
export function isEmptyDiff(sql: string): boolean {
  return sql.trim() === "" || /^-- This is an empty migration\.?$/.test(sql.trim());
}

/** SQL needed to go from the migrations folder to the schema ("" when in sync). */
export async function diffMigrationsToSchema(): Promise<string> {
  const schemaPath = path.join(ROOT, "prisma/schema.prisma");
  const schema = readFileSync(schemaPath, "utf8");
  // The migrations create extensions (pg_trgm): the databases they replay on must be able to load them, and the
  // adapter's own shadow database is a bare PGlite, so hand the engine one that can.
  const pglite = new PGlite({ extensions: { pg_trgm } });
  const shadow = new PGlite({ extensions: { pg_trgm } });
  try {
    const { SchemaEngine } = await loadEngine();
    const factory = new PrismaPGlite(pglite);
    factory.connectToShadowDb = () => new PrismaPGlite(shadow).connect();
    const engine = await SchemaEngine.new(
      { datamodels: [[schemaPath, schema]] },
      () => {},
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    let out = "";
    const result = await engine.diff({
      from: { tag: "migrations", ...migrationList() },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    } as never);
    out = (result as unknown as { stdout?: string }).stdout ?? "";
    engine.free();
    return out;
  } finally {
    await pglite.close();
    await shadow.close();
  }
}
