// Issue 10: data and key directories private to the app's account; the session key kept apart from the database.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LEGACY_SESSION_KEY_FILE, SESSION_KEY_FILE, secureDataDirectories, sessionSecret } from "./data-dirs";

const mode = (p: string) => statSync(p).mode & 0o777;

function layout() {
  const root = mkdtempSync(path.join(tmpdir(), "tracker-dirs-"));
  const dataRoot = path.join(root, ".data");
  return {
    dataRoot,
    pgliteDir: path.join(dataRoot, "pglite"),
    keyDir: path.join(dataRoot, "keys"),
    checkpointDir: path.join(dataRoot, "checkpoints"),
  };
}

describe("data directories at start", () => {
  it("creates the data, database and key directories with mode 0700", () => {
    const dirs = layout();
    secureDataDirectories(dirs);
    for (const dir of [dirs.dataRoot, dirs.pgliteDir, dirs.keyDir]) expect(mode(dir)).toBe(0o700);
    expect(existsSync(dirs.checkpointDir)).toBe(false); // made by the first `npm run audit:checkpoint`
  });

  it("narrows the wider modes an earlier release left (directories 0700, key and password files 0600)", () => {
    const dirs = layout();
    for (const dir of [dirs.dataRoot, dirs.pgliteDir, dirs.keyDir, dirs.checkpointDir]) {
      mkdirSync(dir, { recursive: true });
      chmodSync(dir, 0o755);
    }
    const files = [
      path.join(dirs.dataRoot, LEGACY_SESSION_KEY_FILE),
      path.join(dirs.dataRoot, "initial-admin.txt"),
      path.join(dirs.keyDir, "audit-checkpoint-ed25519.pem"),
    ];
    for (const f of files) writeFileSync(f, "secret", { mode: 0o644 });
    secureDataDirectories(dirs);
    for (const dir of [dirs.dataRoot, dirs.pgliteDir, dirs.keyDir, dirs.checkpointDir]) expect(mode(dir)).toBe(0o700);
    for (const f of files) expect(mode(f)).toBe(0o600);
  });
});

describe("the session key", () => {
  it("is generated once into the key directory (0600), outside the database's directory", () => {
    const dirs = layout();
    const first = sessionSecret(dirs);
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dirs.keyDir, SESSION_KEY_FILE);
    expect(mode(file)).toBe(0o600);
    expect(mode(dirs.keyDir)).toBe(0o700);
    expect(path.relative(dirs.pgliteDir, file).startsWith("..")).toBe(true);
    expect(sessionSecret(dirs)).toBe(first);
    expect(existsSync(path.join(dirs.dataRoot, LEGACY_SESSION_KEY_FILE))).toBe(false);
  });

  it("moves the key of an earlier release out of the data root unchanged, so sessions stay valid", () => {
    const dirs = layout();
    mkdirSync(dirs.dataRoot, { recursive: true });
    const legacy = path.join(dirs.dataRoot, LEGACY_SESSION_KEY_FILE);
    writeFileSync(legacy, "an-old-session-key-of-at-least-32-characters\n", { mode: 0o644 });
    expect(sessionSecret(dirs)).toBe("an-old-session-key-of-at-least-32-characters");
    expect(existsSync(legacy)).toBe(false);
    const moved = path.join(dirs.keyDir, SESSION_KEY_FILE);
    expect(readFileSync(moved, "utf8").trim()).toBe("an-old-session-key-of-at-least-32-characters");
    expect(mode(moved)).toBe(0o600);
    expect(sessionSecret(dirs)).toBe("an-old-session-key-of-at-least-32-characters");
  });

  it("keeps the key in use when an old copy is still in the data root, and removes the copy", () => {
    const dirs = layout();
    const inUse = sessionSecret(dirs);
    const legacy = path.join(dirs.dataRoot, LEGACY_SESSION_KEY_FILE);
    writeFileSync(legacy, "a-stale-copy-of-some-other-key-xxxxxxxxxxxx", { mode: 0o600 });
    expect(sessionSecret(dirs)).toBe(inUse);
    expect(existsSync(legacy)).toBe(false);
  });
});
