// Editors: each signed-in editor adds follow-up entries to its own recommendation and corrects entries (its
// own and others', so editors race on the same record), through the real server actions as the browser sends
// them (scripts/bench-scale/writes.ts). The version a correction starts from is read from the database, as
// the form would be opened; some corrections are sent from a deliberately stale form (one version behind),
// which must be refused as a conflict, never saved over the newer text. Every acknowledged save and every
// refused one is remembered for the check afterwards (./check.ts).
import type pg from "pg";
import { encodeArgs } from "../bench-scale/writes";
import { timed, type Tally } from "./tally";

export interface Ledger {
  adds: string[]; // acknowledged new entries (their text)
  fixes: { id: string; version: number; token: string }[]; // acknowledged corrections, with the version made
  refused: string[]; // corrections refused as conflicts (their text must be nowhere)
  staleRefused: number;
  raceConflicts: number;
  staleAccepted: string[]; // a stale form that was saved: a lost update
  otherFailures: string[];
}

export const newLedger = (): Ledger => ({
  adds: [],
  fixes: [],
  refused: [],
  staleRefused: 0,
  raceConflicts: 0,
  staleAccepted: [],
  otherFailures: [],
});

type Entry = { id: string; recId: string };
const today = () => new Date().toISOString().slice(0, 10);
const verdict = (text: string) =>
  text.includes('"status":"ok"') ? "ok" : text.includes('"conflict":{') ? "conflict" : "error";

export async function editor(o: {
  base: string;
  cookie: string;
  recId: string;
  actions: { add: string; correct: string };
  db: pg.Pool;
  entries: Entry[];
  ledger: Ledger;
  tally: Tally;
  until: number;
  tag: string;
}): Promise<void> {
  const post = (kind: string, action: string, fields: Record<string, string>) =>
    timed(o.tally, kind, `${o.base}/recommendations/${o.recId}`, {
      method: "POST",
      headers: { cookie: o.cookie, "Next-Action": action, Accept: "text/x-component" },
      body: encodeArgs(fields),
    });
  const mine: Entry[] = [];
  const versionOf = async (id: string) =>
    (await o.db.query<{ version: number }>("SELECT version FROM follow_ups WHERE id = $1", [id])).rows[0]!.version;

  const add = async (n: number) => {
    const token = `Soak add ${o.tag}-${n}.`;
    const res = await post("save-add", o.actions.add, { recommendationId: o.recId, date: today(), actionTaken: token });
    if (!res) return;
    if (verdict(res.text) !== "ok") return void o.ledger.otherFailures.push(`add: ${res.text.slice(0, 200)}`);
    o.ledger.adds.push(token);
    const row = await o.db.query<{ id: string }>("SELECT id FROM follow_ups WHERE action_taken = $1", [token]);
    const entry = { id: row.rows[0]!.id, recId: o.recId };
    mine.push(entry);
    o.entries.push(entry);
  };

  const correct = async (n: number, entry: Entry, stale: boolean) => {
    const current = await versionOf(entry.id);
    if (stale && current < 2) return;
    const token = `Soak ${stale ? "stale" : "fix"} ${o.tag}-${n}.`;
    const res = await timed(
      o.tally,
      stale ? "save-stale" : "save-correct",
      `${o.base}/recommendations/${entry.recId}`,
      {
        method: "POST",
        headers: { cookie: o.cookie, "Next-Action": o.actions.correct, Accept: "text/x-component" },
        body: encodeArgs({
          id: entry.id,
          version: String(stale ? current - 1 : current),
          date: today(),
          actionTaken: token,
          reason: "Soak test correction",
        }),
      },
    );
    if (!res) return;
    const v = verdict(res.text);
    if (v === "ok") {
      if (stale) return void o.ledger.staleAccepted.push(token);
      const made = Number(/"version":"(\d+)"/.exec(res.text)?.[1]);
      if (!Number.isInteger(made)) return void o.ledger.otherFailures.push(`no version in: ${res.text.slice(0, 200)}`);
      o.ledger.fixes.push({ id: entry.id, version: made, token });
    } else if (v === "conflict") {
      o.ledger.refused.push(token);
      if (stale) o.ledger.staleRefused++;
      else o.ledger.raceConflicts++; // another editor saved the same entry between our read and our save
    } else o.ledger.otherFailures.push(`correct: ${res.text.slice(0, 200)}`);
  };

  for (let n = 1; performance.now() < o.until; n++) {
    const r = Math.random();
    if (mine.length === 0 || r < 0.4) await add(n);
    else if (r < 0.85) {
      const pool = Math.random() < 0.6 || o.entries.length === 0 ? mine : o.entries;
      await correct(n, pool[Math.floor(Math.random() * pool.length)]!, false);
    } else await correct(n, mine[Math.floor(Math.random() * mine.length)]!, true);
  }
}
