// After the soak, with the server stopped: nothing acknowledged is missing, nothing refused was written.
//  - every acknowledged new entry has its create event, and its row exists;
//  - every acknowledged correction has its update event with that text, and each entry's row holds the text
//    of its highest acknowledged version (no acknowledged save overwritten by an older one: no lost update);
//  - the text of every refused (stale or raced) correction is in no row and no event;
//  - no soak entry exists that was not acknowledged.
import type pg from "pg";
import type { Ledger } from "./editors";

export interface SoakCheck {
  adds: number;
  fixes: number;
  refused: number;
  lost: string[];
  written: string[]; // refused but present, or present but never acknowledged
}

export async function checkLedger(db: pg.Pool, ledger: Ledger): Promise<SoakCheck> {
  const rows = (
    await db.query<{ id: string; t: string; version: number }>(
      "SELECT id, action_taken AS t, version FROM follow_ups WHERE action_taken LIKE 'Soak %'",
    )
  ).rows;
  const events = (
    await db.query<{ id: string; action: string; t: string }>(
      `SELECT entity_id AS id, action, changes->'actionTaken'->>'to' AS t FROM audit_events
       WHERE entity_type = 'FollowUp' AND changes->'actionTaken'->>'to' LIKE 'Soak %'`,
    )
  ).rows;
  const created = new Map(events.filter((e) => e.action === "create").map((e) => [e.t, e.id]));
  const updated = new Set(events.filter((e) => e.action === "update").map((e) => `${e.id}|${e.t}`));
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const lost: string[] = [];
  for (const t of ledger.adds) {
    const id = created.get(t);
    if (!id) lost.push(`added "${t}": no create event`);
    else if (!rowById.has(id)) lost.push(`added "${t}": no row`);
  }
  const latest = new Map<string, { version: number; token: string }>();
  for (const f of ledger.fixes) {
    if (!updated.has(`${f.id}|${f.token}`)) lost.push(`corrected "${f.token}": no update event`);
    if ((latest.get(f.id)?.version ?? 0) < f.version) latest.set(f.id, f);
  }
  for (const [id, f] of latest) {
    const row = rowById.get(id);
    if (!row || row.t !== f.token || row.version !== f.version)
      lost.push(`entry ${id}: holds "${row?.t}" v${row?.version}, acknowledged last "${f.token}" v${f.version}`);
  }
  const refused = new Set(ledger.refused);
  const acknowledged = new Set([...ledger.adds, ...ledger.fixes.map((f) => f.token)]);
  const written = [
    ...rows.filter((r) => refused.has(r.t)).map((r) => `refused "${r.t}" is in a row`),
    ...events.filter((e) => refused.has(e.t)).map((e) => `refused "${e.t}" is in an event`),
    ...events.filter((e) => !acknowledged.has(e.t)).map((e) => `"${e.t}" was saved but never acknowledged`),
  ];
  return { adds: ledger.adds.length, fixes: ledger.fixes.length, refused: refused.size, lost, written };
}
