import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/policy";
import { attachRefusal, canReadEntry, type EntryAccess, type EvidenceReader } from "./policy";

const user = (role: SessionUser["role"]): EvidenceReader => ({
  kind: "user",
  user: { id: role, name: role, email: `${role}@x`, role },
});
const entry = (o: Partial<EntryAccess> = {}): EntryAccess => ({
  kind: "followUp",
  internal: false,
  withdrawn: false,
  ...o,
});

describe("who may read an entry's evidence files", () => {
  it("every reader reads a published entry's files, withdrawn or not; nobody without read access", () => {
    for (const r of [
      user("VIEWER"),
      user("EDITOR"),
      user("ADMIN"),
      { kind: "public" } as const,
      { kind: "token" } as const,
    ]) {
      expect(canReadEntry(r, entry())).toBe(true);
      expect(canReadEntry(r, entry({ kind: "stateResponse", withdrawn: true }))).toBe(true);
    }
    expect(canReadEntry(null, entry())).toBe(false);
  });

  it("an internal note's files: editors and admins only, never public read mode or an API token", () => {
    const internal = entry({ internal: true });
    expect(canReadEntry(user("EDITOR"), internal)).toBe(true);
    expect(canReadEntry(user("ADMIN"), internal)).toBe(true);
    expect(canReadEntry(user("VIEWER"), internal)).toBe(false);
    expect(canReadEntry({ kind: "public" }, internal)).toBe(false);
    expect(canReadEntry({ kind: "token" }, internal)).toBe(false);
    expect(canReadEntry(null, internal)).toBe(false);
  });

  it("editors and admins attach, never to a withdrawn entry; viewers and anonymous never", () => {
    const u = (r: EvidenceReader) => (r.kind === "user" ? r.user : null);
    expect(attachRefusal(u(user("EDITOR")), entry())).toBeNull();
    expect(attachRefusal(u(user("ADMIN")), entry({ internal: true }))).toBeNull();
    expect(attachRefusal(u(user("EDITOR")), entry({ withdrawn: true }))).toMatch(/withdrawn/);
    expect(attachRefusal(u(user("VIEWER")), entry())).toMatch(/permission/);
    expect(attachRefusal(null, entry())).toMatch(/permission/);
  });
});
