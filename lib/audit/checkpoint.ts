// Signed checkpoints of the audit chain's head, kept OUTSIDE the database. The hash chain alone cannot stop
// someone who can write the table (the app's own role, or a superuser) from rewriting events and recomputing
// every later hash; a checkpoint signed with a key the database never holds pins the head as it was, so a
// rewritten prefix or a removed tail is reported by `npm run audit:verify`. Copy the checkpoint files (and the
// public key) somewhere the database's administrators cannot write for the strongest guarantee.
import { generateKeyPairSync, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { canonicalJson } from "./hash";
import { verifyAuditChain } from "./verify";

export const DEFAULT_CHECKPOINT_DIR = ".data/checkpoints";
export const DEFAULT_KEY_DIR = ".data/keys";
const PRIVATE_KEY = "audit-checkpoint-ed25519.pem";
const PUBLIC_KEY = "audit-checkpoint-ed25519.pub.pem";

const Head = z.object({
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  count: z.number().int().min(0),
  at: z.iso.datetime(),
});
export type CheckpointHead = z.infer<typeof Head>;
const CheckpointFile = z.object({ head: Head, signature: z.string().min(1) });
export type Checkpoint = z.infer<typeof CheckpointFile> & { file: string };

/** The signing key; created on first use (private key readable by the owner only). */
export function loadOrCreateKey(keyDir: string): { privateKey: KeyObject | null; publicKey: KeyObject } {
  const priv = path.join(keyDir, PRIVATE_KEY);
  const pub = path.join(keyDir, PUBLIC_KEY);
  if (!existsSync(pub)) {
    mkdirSync(keyDir, { recursive: true, mode: 0o700 });
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    writeFileSync(priv, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600, flag: "wx" });
    writeFileSync(pub, publicKey.export({ type: "spki", format: "pem" }), { mode: 0o644, flag: "wx" });
  }
  // A verifier may hold the public key only.
  const privateKey = existsSync(priv) ? createPrivateKey(readFileSync(priv)) : null;
  return { privateKey, publicKey: createPublicKey(readFileSync(pub)) };
}

/** The public key alone (verifying never creates a key); null when the key directory has none. */
export function loadPublicKey(keyDir: string): KeyObject | null {
  const pub = path.join(keyDir, PUBLIC_KEY);
  return existsSync(pub) ? createPublicKey(readFileSync(pub)) : null;
}

const message = (head: CheckpointHead) => Buffer.from(canonicalJson(head));

/** Signs the current head of the chain (after checking the chain) and writes it to a new file in `dir`. */
export async function writeCheckpoint(db: PrismaClient, dir: string, keyDir: string): Promise<Checkpoint> {
  const chain = await verifyAuditChain(db);
  if (!chain.ok) throw new Error(`Not signing a broken chain: ${chain.problem!.message}`);
  const { privateKey } = loadOrCreateKey(keyDir);
  if (!privateKey) throw new Error(`No private key in ${keyDir}: checkpoints are signed where the key is kept`);
  const head: CheckpointHead = {
    seq: chain.head?.seq ?? 0,
    hash: chain.head?.hash ?? "0".repeat(64),
    count: chain.checked,
    at: new Date().toISOString(),
  };
  const signature = sign(null, message(head), privateKey).toString("base64");
  mkdirSync(dir, { recursive: true, mode: 0o700 }); // like the data directory: the app's account only
  const file = path.join(dir, `checkpoint-${String(head.seq).padStart(10, "0")}-${head.at.replace(/[:.]/g, "")}.json`);
  writeFileSync(file, `${JSON.stringify({ head, signature }, null, 2)}\n`, { flag: "wx", mode: 0o600 });
  return { head, signature, file };
}

/** The checkpoint with the highest sequence number (latest time among equals), or null when there is none. */
export function latestCheckpoint(dir: string): Checkpoint | null {
  if (!existsSync(dir)) return null;
  const names = readdirSync(dir)
    .filter((n) => /^checkpoint-\d+-.*\.json$/.test(n))
    .sort();
  const last = names.at(-1);
  if (!last) return null;
  const file = path.join(dir, last);
  const parsed = CheckpointFile.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is not a checkpoint written by this app`);
  return { ...parsed.data, file };
}

export type CheckpointResult = { ok: true; message: string } | { ok: false; message: string };

/** Checks the signature, and that the chain still has the checkpoint's event with its hash and extends it. */
export async function verifyCheckpoint(
  db: PrismaClient,
  checkpoint: Checkpoint,
  publicKey: KeyObject,
): Promise<CheckpointResult> {
  const { head } = checkpoint;
  const name = path.basename(checkpoint.file);
  if (!verify(null, message(head), publicKey, Buffer.from(checkpoint.signature, "base64")))
    return { ok: false, message: `the checkpoint ${name} is not signed by this installation's key (edited or forged)` };
  if (head.seq > 0) {
    const event = await db.auditEvent.findUnique({ where: { seq: head.seq }, select: { hash: true } });
    if (!event)
      return { ok: false, message: `event No. ${head.seq} of checkpoint ${name} is gone: the history was cut back` };
    if (event.hash !== head.hash)
      return {
        ok: false,
        message: `event No. ${head.seq} no longer has the hash signed in checkpoint ${name}: the history up to it was rewritten`,
      };
  }
  const chain = await verifyAuditChain(db);
  if (!chain.ok)
    return { ok: false, message: `the chain does not extend checkpoint ${name}: ${chain.problem!.message}` };
  return {
    ok: true,
    message: `The chain extends the signed checkpoint of ${head.at} (No. ${head.seq}, ${head.count} events).`,
  };
}
