// Property tests (fast-check) of the spreadsheet import: an export of a cycle with random cells changed
// to valid or hostile values (or no spreadsheet at all), checked and applied by every role.
// See lib/test/fuzz/run-actions.ts for the properties.
import fc from "fast-check";
import { csvRecords, generate } from "@/lib/reports/export-test-kit";
import { reportHeader } from "@/lib/reports/model";
import { parseReportOptions } from "@/lib/reports/schema";
import { computeFingerprint } from "@/lib/reports/export-run";
import { AREAS } from "@/lib/test/fuzz/areas";
import { fuzzActions } from "@/lib/test/fuzz/run-actions";
import { hostile, partialDate, shortText } from "@/lib/test/fuzz/values";

const options = parseReportOptions({}).options;
const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

async function exportCsv(): Promise<{ head: string[]; records: Record<string, string>[] }> {
  const header = (await reportHeader("kz-2011", options))!;
  const meta = { generatedAt: new Date(), fingerprint: await computeFingerprint(header, options), origin: "https://t" };
  return csvRecords(await generate("csv", header, options, meta));
}

fuzzActions("spreadsheet import", AREAS.sheet, {
  numRuns: { importSheet: 25 },
  overrides: {
    importSheet: async (w) => {
      const { head, records } = await exportCsv();
      const kz2011 = (await w.db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2011" } })).id;
      const cell = fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom("Implemented", "Not implemented", "Partially implemented") },
        { weight: 2, arbitrary: partialDate },
        { weight: 2, arbitrary: shortText },
        { weight: 3, arbitrary: hostile },
      );
      const edits = fc.array(fc.tuple(fc.nat(records.length - 1), fc.constantFrom(...head), cell), { maxLength: 4 });
      const sheet = edits.map((changes) => {
        const rows = records.map((r) => ({ ...r }));
        for (const [i, col, value] of changes) rows[i]![col] = value;
        const lines = [head, ...rows.map((r) => head.map((h) => r[h] ?? ""))].map((c) => c.map(quote).join(","));
        return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8").toString("base64");
      });
      const garbage = fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString("base64"));
      return {
        cycleId: fc.oneof({ weight: 4, arbitrary: fc.constant(kz2011) }, fc.constantFrom(...w.pools.cycle!)),
        fileName: fc.constantFrom("kz-2011.csv", "kz-2011.xlsx", "report.pdf"),
        content: fc.oneof({ weight: 4, arbitrary: sheet }, { weight: 1, arbitrary: garbage }),
        planKey: fc.constantFrom("@planKey", "@planKey", "0".repeat(64)),
      };
    },
  },
});
