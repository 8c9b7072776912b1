// JSON: the report for programs. Codes (for machines) beside their labels
// (lib/vocab), dated entries as {text, precision, from, to, note}, both
// clocks, the summary in both lenses, then the items, written one at a time.
import "server-only";
import type { Tally } from "@/lib/dashboards/tally";
import { ASSESSMENT, ASSESSOR_TYPE, PRIORITY, STATE_RESPONSE } from "@/lib/vocab";
import type { ReportOptions } from "./schema";
import {
  DEFINITIONS,
  auditHeadLine,
  REPORT_SCHEMA,
  formRefText,
  recordedOnLine,
  sectionPath,
  statusOnLine,
  statusSentence,
  type ExportItem,
  type ExportMeta,
  type ReportHeaderLike,
} from "./export-text";
import type { FormRef } from "./items";
import { pullStream } from "./export-stream";
import { coverageLine, coverageWarning } from "@/lib/status/coverage-text";

const counts = (t: Tally) => ({ total: t.total, state: t.state, independent: t.independent });
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const forms = (list: FormRef[], direction: "earlier" | "later") =>
  list.map((f) => ({ ...f, text: formRefText(f, direction) }));

export function jsonItem(header: Pick<ReportHeaderLike, "cycle">, item: ExportItem) {
  return {
    id: item.id,
    label: item.label,
    number: item.number,
    section: sectionPath(header.cycle.sections, item.sectionId) || null,
    sectionId: item.sectionId,
    priority: item.priority,
    priorityLabel: item.priority ? PRIORITY[item.priority] : null,
    leadIn: item.leadIn,
    text: item.text,
    needsVerification: item.needsVerification,
    provenance: item.provenance,
    source: item.source,
    response: item.response
      ? {
          ...item.response,
          statusLabel: STATE_RESPONSE[item.response.status].label,
          statusSentence: statusSentence(item),
        }
      : null,
    stateStatus: item.response?.status ?? "NO_RESPONSE",
    assessment: item.assessment
      ? {
          ...item.assessment,
          statusLabel: ASSESSMENT[item.assessment.status].label,
          assessorTypeLabel: ASSESSOR_TYPE[item.assessment.assessorType],
        }
      : null,
    independentStatus: item.assessment?.status ?? "NOT_YET_ASSESSED",
    followUps: item.followUps,
    institutions: item.institutions,
    themes: item.themes,
    earlier: forms(item.earlier, "earlier"),
    later: forms(item.later, "later"),
  };
}

/** Everything but the items, in the order a reader expects. */
export function jsonHead(header: ReportHeaderLike, options: ReportOptions, meta: ExportMeta) {
  const c = header.cycle;
  return {
    schema: REPORT_SCHEMA,
    cycle: {
      slug: c.slug,
      year: c.year,
      title: c.title,
      country: c.country.name,
      electionDate: day(c.electionDate),
      finalReport: c.finalReportTitle
        ? { title: c.finalReportTitle, date: day(c.finalReportDate), place: c.finalReportPlace }
        : null,
      claims: c.claims.map((x) => ({ claimant: x.claimant, statement: x.statement })),
      sections: c.sections.map((s) => ({
        id: s.id,
        parentId: s.parentId,
        title: s.title,
        leadIn: s.leadIn,
        order: s.order,
      })),
    },
    moment: {
      on: options.on ?? null,
      statusText: statusOnLine(options),
      asOf: options.asOf ?? null,
      recordedText: recordedOnLine(options),
      recordedAt: header.asOf.toISOString(),
    },
    generatedAt: meta.generatedAt.toISOString(),
    fingerprint: meta.fingerprint,
    // The chain's last event when the report was made; not part of the fingerprint (see lib/reports/model.ts).
    auditHead: header.auditHead ? { seq: header.auditHead.seq, hash: header.auditHead.hash } : null,
    auditHeadText: auditHeadLine(header.auditHead),
    options,
    coverage: {
      ...header.coverage,
      text: coverageLine(header.coverage),
      warning: coverageWarning(header.coverage),
    },
    summary: {
      ...counts(header.summary.total),
      byPriority: header.summary.byPriority.map((p) => ({
        priority: p.key,
        label: PRIORITY[p.key],
        ...counts(p.tally),
      })),
      bySection: (header.summary.bySection ?? []).map((s) => ({
        sectionId: s.key,
        label: s.label,
        ...counts(s.tally),
      })),
      since: header.since ? { date: header.since.date, ...counts(header.since.tally) } : null,
      previous: header.previous
        ? {
            slug: header.previous.slug,
            year: header.previous.year,
            title: header.previous.title,
            ...counts(header.previous.tally),
          }
        : null,
    },
    definitions: DEFINITIONS,
  };
}

async function* chunks(
  header: ReportHeaderLike,
  items: AsyncIterable<ExportItem[]>,
  options: ReportOptions,
  meta: ExportMeta,
): AsyncGenerator<string> {
  const head = JSON.stringify(jsonHead(header, options, meta));
  // Open the object, keep its fields, and start the items array.
  yield `${head.slice(0, -1)},"items":[`;
  let first = true;
  for await (const batch of items) {
    if (batch.length === 0) continue;
    yield `${first ? "\n" : ",\n"}${batch.map((i) => JSON.stringify(jsonItem(header, i))).join(",\n")}`;
    first = false;
  }
  yield "\n]}\n";
}

export function exportJson(
  header: ReportHeaderLike,
  items: AsyncIterable<ExportItem[]>,
  options: ReportOptions,
  meta: ExportMeta,
): ReadableStream<Uint8Array> {
  return pullStream(chunks(header, items, options, meta));
}
