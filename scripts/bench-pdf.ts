// `npm run bench:pdf`: how long the per-cycle PDF takes, on a throw-away
// in-memory PGlite with the real seed plus 8 added 2011 recommendations (40
// items, the size the report must handle in under a second).
// Figures from one run, so they compare across noisy machines:
//   floor  - an empty pdfkit document with the report's six DejaVu fonts, one
//            line in each (the fixed cost of parsing, subsetting and embedding them);
//   pdf    - exportPdf over items already read: the PDF generation alone;
//   route  - what the route handler does: header, fingerprint pass, then
//            exportPdf over exportItems, collected like a client would.
// Each line shows the first (cold) call, then median and p95 of --runs=N (15).
// --baseline=<module> also times that module's exportPdf in the same process,
// e.g. an older lib/reports/export-pdf.ts copied next to it (not committed).
// --per-item=N adds N follow-ups and N assessments to every item (default 0).
// --only=floor|pdf|route picks one line, e.g. under node --cpu-prof.
import path from "node:path";
import { performance } from "node:perf_hooks";
import PDFDocument from "pdfkit";
import { createTestDatabase, useAsAppDatabase } from "../lib/db/test-db";
import { seedDatabase } from "../lib/seed/seed";
import { createUser } from "../lib/users/mutations";
import { addRecommendation } from "../lib/recommendations/mutations";
import { NewRecommendationSchema } from "../lib/recommendations/schema";
import { addFollowUp } from "../lib/follow-ups/mutations";
import { addAssessment } from "../lib/assessments/mutations";
import { NewFollowUpSchema } from "../lib/follow-ups/schema";
import { NewAssessmentSchema } from "../lib/assessments/schema";

const runs = Number(process.argv.find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 15);
const only = process.argv.find((a) => a.startsWith("--only="))?.split("=")[1];
const perItem = Number(process.argv.find((a) => a.startsWith("--per-item="))?.split("=")[1] ?? 0);
const baseline = process.argv.find((a) => a.startsWith("--baseline="))?.split("=")[1];
const db = await createTestDatabase();
useAsAppDatabase(db);
// Dynamic imports: these modules read the database through the global set just above.
const { reportHeader } = await import("../lib/reports/model");
const { parseReportOptions } = await import("../lib/reports/schema");
const { collectReport, computeFingerprint, exportItems, streamBytes } = await import("../lib/reports/export-run");
const { exportPdf } = await import("../lib/reports/export-pdf");
type ExportPdf = typeof exportPdf;
const baselinePdf: ExportPdf | null = baseline
  ? ((await import(path.resolve(baseline))) as { exportPdf: ExportPdf }).exportPdf
  : null;

const FONT_DIR = path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf");
const FONT_FILES = [
  "DejaVuSans.ttf",
  "DejaVuSans-Bold.ttf",
  "DejaVuSans-Oblique.ttf",
  "DejaVuSerif.ttf",
  "DejaVuSerif-Italic.ttf",
  "DejaVuSerif-Bold.ttf",
];

/** The floor: same fonts, one line each, nothing else. */
async function emptyPdf(): Promise<number> {
  const doc = new PDFDocument({ size: "A4", font: path.join(FONT_DIR, FONT_FILES[0]!) });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on("end", resolve));
  for (const f of FONT_FILES)
    doc.font(path.join(FONT_DIR, f)).fontSize(10).text("Election Орталық сайлау ә ғ қ ң ө ұ ү һ і 1 of 9");
  doc.end();
  await done;
  return Buffer.concat(chunks).length;
}

type Timing = { first: number; median: number; p95: number };

async function time(fn: () => Promise<unknown>): Promise<Timing> {
  // The first call also loads modules and warms the JIT: what the first user after a restart waits.
  let t = performance.now();
  await fn();
  const first = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    first,
    median: times[Math.floor(times.length / 2)]!,
    p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!,
  };
}

async function addItems(actor: { id: string; label: string }) {
  const cycle = await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2011" }, select: { id: true } });
  const model = await db.prisma.recommendation.findMany({
    where: { cycleId: cycle.id },
    orderBy: { order: "desc" },
    take: 8,
  });
  for (const [i, r] of model.entries()) {
    const outcome = await addRecommendation(
      db.prisma,
      actor,
      NewRecommendationSchema.parse({
        cycleId: cycle.id,
        label: String(30 + i),
        sectionId: r.sectionId ?? "",
        priority: r.priority,
        leadIn: r.leadIn ?? "",
        text: `${r.text}\n\nОрталық сайлау комиссиясы: ә ғ қ ң ө ұ ү һ і.`,
        textVerification: "VERIFIED",
        sourceLocation: "",
        sourceUrl: "",
        provenance: "Benchmark-only copy",
      }),
    );
    if (outcome.kind !== "ok") throw new Error(`could not add a benchmark item: ${JSON.stringify(outcome)}`);
  }
  // --per-item=N: N follow-ups and N assessments on every item (as in scripts/bench.ts), for a report with more lines per item.
  for (const r of await db.prisma.recommendation.findMany({ where: { cycleId: cycle.id }, select: { id: true } })) {
    for (let i = 0; i < perItem; i++) {
      await addFollowUp(
        db.prisma,
        actor,
        NewFollowUpSchema.parse({
          recommendationId: r.id,
          actionDate: "2012-01-10",
          actionTaken: `Benchmark action ${i}`,
        }),
      );
      await addAssessment(
        db.prisma,
        actor,
        NewAssessmentSchema.parse({
          recommendationId: r.id,
          status: "PARTIALLY_IMPLEMENTED",
          assessorType: "CIVIL_SOCIETY",
          assessedOn: "2013-01-01",
          rationale: `Benchmark ${i}`,
        }),
      );
    }
  }
}

try {
  await seedDatabase(db.prisma);
  const u = await createUser(db.prisma, {
    email: "bench@example.org",
    name: "Bench",
    role: "EDITOR",
    password: "bench-password-1",
  });
  await addItems({ id: u!.id, label: u!.name });
  const { options } = parseReportOptions({});
  const header = (await reportHeader("kz-2011", options))!;
  const meta = { generatedAt: new Date(), fingerprint: await computeFingerprint(header, options) };
  // Read once, so the "pdf alone" line does not time the database.
  const { items } = await collectReport(header, options);
  async function* ready() {
    yield items;
  }

  let bytes = 0;
  const pdfAlone = (fn: ExportPdf) => async () =>
    (bytes = (await streamBytes(fn(header, ready(), options, meta))).length);
  const route = async () => {
    const h = (await reportHeader("kz-2011", options))!;
    const m = { generatedAt: new Date(), fingerprint: await computeFingerprint(h, options) };
    return streamBytes(exportPdf(h, exportItems(h, options), options, m));
  };
  const rows: [string, Timing][] = [];
  if (!only || only === "floor") rows.push(["floor: empty PDF, same 6 fonts", await time(emptyPdf)]);
  if (baselinePdf && (!only || only === "pdf"))
    rows.push([`pdf alone, --baseline (${items.length} items)`, await time(pdfAlone(baselinePdf))]);
  if (!only || only === "pdf")
    rows.push([`pdf alone, exportPdf (${items.length} items)`, await time(pdfAlone(exportPdf))]);
  if (!only || only === "route") rows.push(["route: header+fingerprint+items+pdf", await time(route)]);

  console.log(
    `engine: ${db.kind}; items: ${items.length}; follow-ups+assessments per item: ${perItem}; runs: ${runs}; last pdf: ${(bytes / 1024).toFixed(0)} KiB`,
  );
  const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;
  for (const [label, t] of rows)
    console.log(`${label.padEnd(38)} first ${ms(t.first)}   median ${ms(t.median)}   p95 ${ms(t.p95)}`);
} finally {
  await db.close();
}
