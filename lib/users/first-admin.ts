// The first administrator: from ADMIN_EMAIL / ADMIN_PASSWORD when set,
// otherwise a generated password, printed once and kept in a private file
// (mode 600) under .data/ until the admin deletes it. Never a fixed password.
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser } from "./mutations";
import { generatePassword } from "./password";

export const DEFAULT_ADMIN_EMAIL = "admin@tracker.example";

export interface FirstAdminResult {
  email: string;
  created: boolean;
  /** Only when just created: the password to print. */
  password?: string;
  passwordSource: "env" | "generated" | "existing";
  credentialsFile: string | null;
}

export async function ensureFirstAdmin(
  db: PrismaClient,
  opts: { email?: string; password?: string; name?: string; dataRoot: string },
): Promise<FirstAdminResult> {
  const file = path.join(opts.dataRoot, "initial-admin.txt");
  const existing = await db.user.findFirst({
    where: { role: "ADMIN", active: true },
    orderBy: { createdAt: "asc" },
    select: { email: true },
  });
  if (existing) {
    return {
      email: existing.email,
      created: false,
      passwordSource: "existing",
      credentialsFile: existsSync(file) ? file : null,
    };
  }
  const email = (opts.email ?? DEFAULT_ADMIN_EMAIL).toLowerCase();
  const password = opts.password ?? generatePassword();
  await createUser(db, { email, name: opts.name ?? "Administrator", role: "ADMIN", password });
  let credentialsFile: string | null = null;
  if (!opts.password) {
    mkdirSync(opts.dataRoot, { recursive: true });
    writeFileSync(
      file,
      `Initial administrator of the ODIHR follow-up tracker\nemail: ${email}\npassword: ${password}\n\nDelete this file once you have signed in.\n`,
      { mode: 0o600 },
    );
    chmodSync(file, 0o600);
    credentialsFile = file;
  }
  return { email, created: true, password, passwordSource: opts.password ? "env" : "generated", credentialsFile };
}
