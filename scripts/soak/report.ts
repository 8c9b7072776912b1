// The soak's figures as a person reads them (and in full as JSON under .data/soak/), and what the server's
// structured log said meanwhile: lines per event, and whether saved changes carried their request id.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Tally } from "./tally";

export function serverLogSummary(output: string) {
  const events: Record<string, number> = {};
  let lines = 0;
  let doneWithoutRequestId = 0;
  const unexpected: string[] = [];
  for (const line of output.split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      const o = JSON.parse(line) as { event?: string; requestId?: unknown; where?: string; err?: { message?: string } };
      lines++;
      const e = o.event ?? "(none)";
      events[e] = (events[e] ?? 0) + 1;
      if (e === "action.done" && typeof o.requestId !== "string") doneWithoutRequestId++;
      if (e === "unexpected" && unexpected.length < 5) unexpected.push(`${o.where}: ${o.err?.message?.slice(0, 300)}`);
    } catch {
      // a line cut by the output buffer's start
    }
  }
  return { lines, events, doneWithoutRequestId, unexpected };
}

const pad = (v: unknown, n: number) => String(v ?? "-").padStart(n);

export function printTable(tally: Tally): void {
  console.log(
    `${"kind".padEnd(22)}${pad("n", 7)}${pad("p50 ms", 10)}${pad("p95 ms", 10)}${pad("max ms", 10)}  statuses`,
  );
  for (const k of tally.summary())
    console.log(
      `${k.kind.padEnd(22)}${pad(k.n, 7)}${pad(k.p50, 10)}${pad(k.p95, 10)}${pad(k.max, 10)}  ${JSON.stringify(k.statuses)}`,
    );
}

export function keep(results: unknown): string {
  const file = path.resolve(".data/soak", `soak-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(results, null, 2));
  return file;
}
