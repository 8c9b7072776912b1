// PGlite has no lock across processes: two processes opening one data
// directory corrupt it. A lock file beside the directory, created with O_EXCL
// and holding the owner's pid, makes a second process fail with a clear message.
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export class DataDirectoryLockedError extends Error {}

/** Takes the lock for `dataDir`; returns a function that releases it. */
export function lockDataDirectory(dataDir: string): () => void {
  const lockPath = `${path.resolve(dataDir)}.lock`;
  mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx", 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(lockPath, "utf8").trim() === String(process.pid)) unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(readFileSync(lockPath, "utf8").trim(), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DataDirectoryLockedError(
          `The embedded database at ${dataDir} is already open in another process (pid ${owner}). ` +
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
