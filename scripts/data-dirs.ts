// What `npm start` does to the directories it keeps data and keys in, before anything is opened:
// - the embedded database's lock is taken first, so a second start on the same directory stops at once;
// - the data root, the embedded database, the keys and the checkpoints are private to the account that runs
//   the app (directories 0700, the files written here 0600; wider modes left by an earlier release are narrowed);
// - the session key lives in the key directory (AUDIT_KEY_DIR, default .data/keys) beside the audit signing key,
//   apart from the database: copying or backing up the database never carries a key. A key left in
//   .data/auth-secret by an earlier release is moved there, unchanged, so signed-in sessions stay valid.
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
} from "node:fs";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_CHECKPOINT_DIR, DEFAULT_KEY_DIR } from "../lib/audit/checkpoint";
import { targetFromEnv } from "../lib/db/client";
import { DataDirectoryLockedError, holdDataDirectory } from "../lib/db/pglite-lock";
import { env } from "../lib/env";

export const SESSION_KEY_FILE = "session-secret";
/** Where releases before issue 10 kept the session key (inside the data root). */
export const LEGACY_SESSION_KEY_FILE = "auth-secret";

export interface DataDirs {
  dataRoot: string;
  /** The embedded database's directory; none on PostgreSQL. */
  pgliteDir?: string;
  keyDir: string;
  checkpointDir: string;
}

export function dataDirsFromEnv(dataRoot: string): DataDirs {
  const e = env();
  const target = targetFromEnv();
  return {
    dataRoot,
    pgliteDir:
      "dataDir" in target && !target.dataDir.startsWith("memory://") ? path.resolve(target.dataDir) : undefined,
    keyDir: path.resolve(e.AUDIT_KEY_DIR ?? DEFAULT_KEY_DIR),
    checkpointDir: path.resolve(e.AUDIT_CHECKPOINT_DIR ?? DEFAULT_CHECKPOINT_DIR),
  };
}

/** Creates a private directory, or narrows an existing one to its owner. */
function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if ((statSync(dir).mode & 0o077) !== 0) chmodSync(dir, 0o700);
}

function privateFile(file: string): void {
  if (existsSync(file) && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
}

/** Directories 0700 (created if needed; the checkpoint directory only if it exists), our files 0600. */
export function secureDataDirectories(dirs: DataDirs): void {
  privateDir(dirs.dataRoot);
  privateDir(dirs.keyDir);
  if (dirs.pgliteDir) privateDir(dirs.pgliteDir);
  if (existsSync(dirs.checkpointDir)) privateDir(dirs.checkpointDir);
  for (const file of [LEGACY_SESSION_KEY_FILE, "initial-admin.txt"]) privateFile(path.join(dirs.dataRoot, file));
  privateFile(path.join(dirs.keyDir, SESSION_KEY_FILE));
  privateFile(path.join(dirs.keyDir, "audit-checkpoint-ed25519.pem"));
}

/**
 * The session key when NEXTAUTH_SECRET is not set: kept in the key directory, generated once, so restarts keep
 * sessions valid. A key from an earlier release (.data/auth-secret) is moved there, or dropped if the key
 * directory already has one (the one in use).
 */
export function sessionSecret(dirs: Pick<DataDirs, "dataRoot" | "keyDir">): string {
  const file = path.join(dirs.keyDir, SESSION_KEY_FILE);
  const legacy = path.join(dirs.dataRoot, LEGACY_SESSION_KEY_FILE);
  privateDir(dirs.keyDir);
  if (existsSync(legacy)) {
    if (!existsSync(file)) {
      try {
        renameSync(legacy, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
        copyFileSync(legacy, file); // another file system
        unlinkSync(legacy);
      }
      chmodSync(file, 0o600);
      console.log(`Moved the session key from ${legacy} to ${file} (sessions stay valid).`);
    } else {
      unlinkSync(legacy);
      console.log(`Removed an old copy of the session key: ${legacy} (the one in ${file} is in use).`);
    }
  }
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  return readFileSync(file, "utf8").trim();
}

/**
 * Takes the embedded database's lock for the life of this process (its children may open the directory);
 * another process holding it ends this one with the lock's message. Nothing to do on PostgreSQL.
 */
export function holdEmbeddedDatabase(dirs: DataDirs): void {
  if (!dirs.pgliteDir) return;
  try {
    holdDataDirectory(dirs.pgliteDir);
  } catch (error) {
    if (!(error instanceof DataDirectoryLockedError)) throw error;
    console.error(`Not starting: ${error.message}`);
    process.exit(1);
  }
}
