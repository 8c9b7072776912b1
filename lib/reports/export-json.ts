// JSON: the report for programs. Codes (for machines) beside their labels
// (lib/vocab), dated entries as {text, precision, from, to, note}, both
// clocks, the summary in both lenses, then the items, written one at a time.
import "server-only";
import type { Tally } from "@/lib/dashboards/tally";
import type { ReportOptions } from "./schema";
import {
  ENGLISH,
  assessorTypeLabel,
  auditHeadLine,
  coverageLineIn,
  coverageWarningIn,
  datedText,
  definitions,
  REPORT_SCHEMA,
  formRefText,
  priorityLabel,
  recordedOnLine,
  sectionPath,
  statusOnLine,
  statusSentence,
  wordsOf,
  type ExportItem,
  type ExportMeta,
  type ReportHeaderLike,
  type ReportWords,
  type TextReading,
} from "./export-text";
import type { DateOut, FormRef } from "./items";
import { pullStream } from "./export-stream";
import { languageCode } from "@/lib/translations/languages";

const counts = (t: Tally) => ({ total: t.total, state: t.state, independent: t.independent });
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const forms = (list: FormRef[], direction: "earlier" | "later", w: ReportWords) =>
  list.map((f) => ({ ...f, text: formRefText(f, direction, w) }));
/** A dated entry with its words in the report's language (English: as before). */
const dated = (d: DateOut, w: ReportWords) => (w.locale === "en" ? d : { ...d, text: datedText(d, w) });
/** Which text is quoted, for programs: its language code, and for a translation its kind, translator and source. */
const readingOut = (r: TextReading | null | undefined) =>
  r
    ? {
        language: languageCode(r.language),
        original: r.isOriginal,
        kind: r.kind.toLowerCase(),
        translator: r.translator,
        source: r.source,
        originalLanguage: languageCode(r.originalLanguage),
      }
    : null;

export function jsonItem(header: Pick<ReportHeaderLike, "cycle">, item: ExportItem, w: ReportWords = ENGLISH) {
  // Keys stay English (they are for programs); labels and dates in words are in the report's language.
  const { response: resp, assessment: a } = item;
  return {
    id: item.id,
    label: item.label,
    number: item.number,
    section: sectionPath(header.cycle.sections, item.sectionId) || null,
    sectionId: item.sectionId,
    priority: item.priority,
    priorityLabel: item.priority ? priorityLabel(item.priority, w) : null,
    leadIn: item.leadIn,
    text: item.text,
    ...(item.reading && { textLanguage: readingOut(item.reading.text) }),
    needsVerification: item.needsVerification,
    provenance: item.provenance,
    source: item.source,
    response: resp
      ? {
          ...resp,
          date: dated(resp.date, w),
          statusLabel: w.status(resp.status),
          statusSentence: statusSentence(item),
          ...(item.reading && resp.text && { textLanguage: readingOut(item.reading.response) }),
        }
      : null,
    stateStatus: item.response?.status ?? "NO_RESPONSE",
    assessment: a
      ? {
          ...a,
          date: dated(a.date, w),
          statusLabel: w.status(a.status),
          assessorTypeLabel: assessorTypeLabel(a.assessorType, w),
        }
      : null,
    independentStatus: a?.status ?? "NOT_YET_ASSESSED",
    followUps: w.locale === "en" ? item.followUps : item.followUps.map((f) => ({ ...f, date: dated(f.date, w) })),
    institutions: item.institutions,
    themes: item.themes,
    earlier: forms(item.earlier, "earlier", w),
    later: forms(item.later, "later", w),
  };
}

/** Everything but the items, in the order a reader expects. */
export function jsonHead(header: ReportHeaderLike, options: ReportOptions, meta: ExportMeta, w = wordsOf(options)) {
  const c = header.cycle;
  return {
    schema: REPORT_SCHEMA,
    // The language of the labels and words; each quoted text says its own (items[].textLanguage).
    language: w.locale,
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
      statusText: statusOnLine(options, w),
      asOf: options.asOf ?? null,
      recordedText: recordedOnLine(options, w),
      recordedAt: header.asOf.toISOString(),
    },
    generatedAt: meta.generatedAt.toISOString(),
    fingerprint: meta.fingerprint,
    // The chain's last event when the report was made; not part of the fingerprint (see lib/reports/model.ts).
    auditHead: header.auditHead ? { seq: header.auditHead.seq, hash: header.auditHead.hash } : null,
    auditHeadText: auditHeadLine(header.auditHead, w),
    options,
    coverage: {
      ...header.coverage,
      text: coverageLineIn(header.coverage, w),
      warning: coverageWarningIn(header.coverage, w),
    },
    summary: {
      ...counts(header.summary.total),
      byPriority: header.summary.byPriority.map((p) => ({
        priority: p.key,
        label: priorityLabel(p.key, w),
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
    definitions: definitions(w),
  };
}

async function* chunks(
  header: ReportHeaderLike,
  items: AsyncIterable<ExportItem[]>,
  options: ReportOptions,
  meta: ExportMeta,
): AsyncGenerator<string> {
  const w = wordsOf(options);
  const head = JSON.stringify(jsonHead(header, options, meta, w));
  // Open the object, keep its fields, and start the items array.
  yield `${head.slice(0, -1)},"items":[`;
  let first = true;
  for await (const batch of items) {
    if (batch.length === 0) continue;
    yield `${first ? "\n" : ",\n"}${batch.map((i) => JSON.stringify(jsonItem(header, i, w))).join(",\n")}`;
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
