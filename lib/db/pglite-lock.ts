// PGlite has no lock across processes: two processes opening one data
// directory corrupt it. A lock file beside the directory, created with O_EXCL
// and holding the owner's pid, makes a second process fail with a clear message.
//
// `npm start` takes the lock before it prepares the database and keeps it while it serves
// (holdDataDirectory), so a second start on the same directory fails at once, not at its first request.
// The process that serves is its child and must still open the directory: the holder puts a random token in
// the lock file and in its environment (PGLITE_LOCK_TOKEN), which only its descendants inherit; a process
// showing the same token while the holder is alive is handed the lock (its pid replaces the holder's, so the
// lock stays held if the holder itself is killed). The lock guards against mistakes, not against someone
// who can read the holder's environment (they could as well delete the file).
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";

const TOKEN_ENV = "PGLITE_LOCK_TOKEN";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export class DataDirectoryLockedError extends Error {}

const lockPathOf = (dataDir: string) => `${path.resolve(dataDir)}.lock`;
/** Locks held for the life of this process by holdDataDirectory: opening them here again is allowed. */
const held = new Set<string>();

function readLock(lockPath: string): { pid: number; token: string } {
  const [pid = "", token = ""] = readFileSync(lockPath, "utf8").trim().split(/\s+/);
  return { pid: Number.parseInt(pid, 10), token };
}

function releaser(lockPath: string, owns: (lock: { pid: number; token: string }) => boolean): () => void {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    try {
      if (owns(readLock(lockPath))) unlinkSync(lockPath);
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}

/** Takes the lock for `dataDir`; returns a function that releases it. */
export function lockDataDirectory(dataDir: string): () => void {
  const lockPath = lockPathOf(dataDir);
  if (held.has(lockPath)) return () => {}; // this process holds it until it exits
  const token = process.env[TOKEN_ENV] ?? "";
  mkdirSync(path.dirname(lockPath), { recursive: true, mode: 0o700 });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx", 0o600);
      writeSync(fd, `${process.pid} ${token}`.trim());
      closeSync(fd);
      return releaser(lockPath, (lock) => lock.pid === process.pid);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readLock(lockPath);
      if (Number.isInteger(owner.pid) && owner.pid !== process.pid && isAlive(owner.pid)) {
        if (token && owner.token === token) {
          // Handed over by the `npm start` that started this process.
          writeFileSync(lockPath, `${process.pid} ${token}`, { mode: 0o600 });
          return releaser(lockPath, (lock) => lock.pid === process.pid);
        }
        throw new DataDirectoryLockedError(
          `The embedded database at ${dataDir} is already open in another process (pid ${owner.pid}). ` +
            "Stop that process first, or point PGLITE_DIR at another directory, " +
            "or use a PostgreSQL server with DATABASE_URL to run several instances.",
        );
      }
      // The owner is gone (crash or kill -9): the lock is stale, take it over.
      unlinkSync(lockPath);
    }
  }
  throw new DataDirectoryLockedError(`Could not lock ${dataDir}`);
}

/**
 * Takes the lock for the life of this process and lets its child processes open the directory (`npm start`).
 * Throws DataDirectoryLockedError when another process holds it.
 */
export function holdDataDirectory(dataDir: string): void {
  const lockPath = lockPathOf(dataDir);
  if (held.has(lockPath)) return;
  const token = randomBytes(16).toString("hex");
  const previous = process.env[TOKEN_ENV];
  process.env[TOKEN_ENV] = token;
  try {
    lockDataDirectory(dataDir);
  } catch (error) {
    if (previous === undefined) delete process.env[TOKEN_ENV];
    else process.env[TOKEN_ENV] = previous;
    throw error;
  }
  held.add(lockPath);
  // On exit the lock goes, whether this process or the child it was handed to owns it now.
  releaser(lockPath, (lock) => lock.token === token);
}
