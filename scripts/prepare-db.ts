// Brings the database to a usable state: migrations, seed data, first admin.
// Safe to run any number of times. `npm run db:prepare`; `npm start` runs it too.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { env } from "../lib/env";
import { openDatabase, targetFromEnv } from "../lib/db/client";
import { upgradeData } from "../lib/db/upgrade";
import { seedDatabase } from "../lib/seed/seed";
import { ensureFirstAdmin, type FirstAdminResult } from "../lib/users/first-admin";

export const DATA_ROOT = path.resolve(".data");

export async function prepareDatabase(): Promise<{
  admin: FirstAdminResult;
  location: string;
  kind: string;
  created: Record<string, number>;
}> {
  const e = env();
  const db = await openDatabase(targetFromEnv());
  try {
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
    return { admin, location: db.location, kind: db.kind, created };
  } finally {
    await db.close();
  }
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
  const { admin, location, kind, created } = await prepareDatabase();
  const n = Object.values(created).reduce((a, b) => a + b, 0);
  console.log(`Database ready (${kind}: ${location}); seed created ${n} rows.`);
  console.log(signInInstructions(admin, process.env.NEXTAUTH_URL ?? "http://localhost:3000"));
}
