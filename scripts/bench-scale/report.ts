// The run's output: a console table and Markdown of the same figures (for
// docs/benchmarks.md), from the results that are also written as JSON.
// Targets of issue 8 are marked, never asserted.
import type { Floor } from "./floors";
import type { Machine } from "./machine";
import type { PageMeasure } from "./measure";
import type { SaveCheck } from "./check";
import type { WriteResult } from "./writes";

export interface PageRow extends PageMeasure {
  floor: Floor | null;
  /** page p50 / (SQL floor p50 + static p50), and the same at p95. */
  ratio50: number | null;
  ratio95: number | null;
  load: number[];
}

export interface WritePhase extends Omit<WriteResult, "acknowledged"> {
  acknowledgedCount: number;
  load: number[];
  readers?: PageMeasure[];
}

export interface Results {
  startedAt: string;
  finishedAt: string;
  engine: string;
  size: string;
  events: number;
  cycle: string;
  machine: Machine;
  settings: Record<string, unknown>;
  template: { generatedEvents: number; seconds: number; reused: boolean };
  build: { seconds: number; command: string } | null;
  staticFloor: PageMeasure | null;
  pages: PageRow[];
  floors: Floor[];
  writes: { alone: WritePhase; withReaders: WritePhase; check: SaveCheck } | null;
  writesError?: string;
  verify: { chain: unknown; tables: unknown } | null;
}

const ms = (v: number | null | undefined) =>
  v === null || v === undefined ? "–" : v >= 100 ? v.toFixed(0) : v.toFixed(1);
const kb = (b: number) => (b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${(b / 1e3).toFixed(1)} KB`);
const x = (v: number | null) => (v === null ? "–" : `${v.toFixed(1)}×`);

function pageLines(r: Results): string[][] {
  const rows = r.staticFloor
    ? [{ ...r.staticFloor, floor: null, ratio50: null, ratio95: null, load: [] as number[] } as PageRow, ...r.pages]
    : r.pages;
  return rows.map((p) => {
    const ok = p.latency?.p95 != null && p.latency.p95 <= 200 && (p.ratio95 === null || p.ratio95 <= 3);
    return [
      `${p.path}${p.key === "static" ? " (static floor)" : ""}`,
      p.as,
      p.status === 200 ? kb(p.bytes) : `HTTP ${p.status}`,
      ms(p.latency?.p50),
      ms(p.latency?.p95),
      ms(p.latency?.p99),
      p.perSecond === null ? "–" : p.perSecond.toFixed(1),
      String(p.requests),
      p.floor?.error ? "error" : `${ms(p.floor?.timing?.p50)} / ${ms(p.floor?.timing?.p95)}`,
      `${x(p.ratio50)} / ${x(p.ratio95)}`,
      p.key === "static" || !p.latency ? "" : ok ? "yes" : "no",
      p.load.length ? p.load.map((l) => l.toFixed(1)).join("→") : "",
    ];
  });
}

const PAGE_HEAD = [
  "page",
  "as",
  "size",
  "p50 ms",
  "p95 ms",
  "p99 ms",
  "req/s",
  "n",
  "SQL floor p50/p95 ms",
  "ratio p50/p95",
  "target met",
  "load 1-min",
];

function writeLines(r: Results): string[][] {
  if (!r.writes) return [];
  const w = (label: string, p: WritePhase) => [
    label,
    String(p.attempted),
    String(p.acknowledgedCount),
    String(p.failed),
    p.savesPerSecond.toFixed(1),
    ms(p.latency.p50),
    ms(p.latency.p99),
    p.refresh ? `${ms(p.refresh.p50)} / ${ms(p.refresh.p99)}` : "–",
    p.load.map((l) => l.toFixed(1)).join("→"),
  ];
  return [w("editors alone", r.writes.alone), w("with 10 readers", r.writes.withReaders)];
}
const WRITE_HEAD = [
  "write phase",
  "attempted",
  "acknowledged",
  "failed",
  "saves/s",
  "save p50 ms",
  "save p99 ms",
  "page refresh p50/p99 ms",
  "load 1-min",
];

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const md = (head: string[], rows: string[][]) =>
  [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join(
    "\n",
  );

function heading(r: Results): string {
  const m = r.machine;
  return (
    `${r.engine}, ${r.size}: ${r.events.toLocaleString("en")} audit events, cycle ${r.cycle}; ${m.nproc} cores (${m.cpu}), ${m.memoryGiB} GiB, ` +
    `load at start ${m.loadAtStart.join(" / ")}; Node ${m.node}, Next ${m.next}${m.postgres ? `, ${m.postgres}` : ""}`
  );
}

function checkLine(r: Results): string {
  const c = r.writes?.check;
  if (!c) return r.writesError ? `Write test not run: ${r.writesError}` : "";
  return (
    `Acknowledged saves found: ${c.inRows} of ${c.acknowledged} in follow_ups, ${c.inAudit} in the audit log (lost: ${c.lost.length}); ` +
    `chain after the generated head: ${c.tail.ok ? "ok" : `BROKEN (${c.tail.problem})`}, ${c.tail.checked} events.`
  );
}

function verifyLine(r: Results): string {
  const v = r.verify as {
    chain: { ok: boolean; checked: number };
    tables: { ok: boolean; entities: number; problems: unknown[] };
  } | null;
  if (!v) return "";
  return `audit:verify of the run database: chain ${v.chain.ok ? "ok" : "BROKEN"} (${v.chain.checked} events), tables ${v.tables.ok ? "ok" : `${v.tables.problems.length} problem(s)`} (${v.tables.entities} entities).`;
}

export function consoleReport(r: Results): string {
  return [
    heading(r),
    "",
    table(PAGE_HEAD, pageLines(r)),
    "",
    table(WRITE_HEAD, writeLines(r)),
    checkLine(r),
    verifyLine(r),
  ].join("\n");
}

export function markdownReport(r: Results): string {
  const plans = r.pages
    .filter((p) => p.floor?.slowest?.plan)
    .map(
      (p) =>
        `<details><summary>${p.path}: slowest statement ${ms(p.floor!.slowest!.ms)} ms of ${p.floor!.statements}</summary>\n\n\`\`\`\n${p.floor!.slowest!.sql.trim()}\n\n${p.floor!.slowest!.plan}\n\`\`\`\n</details>`,
    );
  const notes = r.pages.filter((p) => p.note).map((p) => `- ${p.path}: ${p.note}`);
  return [
    `### ${heading(r)}`,
    "",
    md(PAGE_HEAD, pageLines(r)),
    "",
    ...notes,
    "",
    md(WRITE_HEAD, writeLines(r)),
    "",
    checkLine(r),
    verifyLine(r),
    "",
    ...plans,
  ].join("\n");
}
