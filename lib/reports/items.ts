// Report items read from the tables at the report's moment (current rows, or
// the versions recorded at `asOf`), a batch of recommendations at a time. The
// response and assessment shown are the ones lib/status picks: the same as on
// every dashboard, list and page.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { formatDated, isoDay, type Dated } from "@/lib/dated";
import { statusRows } from "@/lib/status/figures";
import type { Moment } from "@/lib/status/moment";
import { latestFirst, source } from "@/lib/status/sources";
import { recommendationsAt } from "@/lib/recommendations/view";
import { themeNames } from "@/lib/themes/queries";
import { rowStamps } from "./row-stamp";
import type { AssessmentStatus, AssessorType, Priority, StateResponseStatus } from "@/lib/vocab";

/** A real-world date as reports print it, with its machine-readable span. */
export interface DateOut {
  text: string;
  precision: Dated["datePrecision"] | null;
  from: string | null;
  to: string | null;
  note: string | null;
}

/** An earlier or later form of the recommendation: "2007, recommendation 15". */
export interface FormRef {
  year: number;
  cycleTitle: string;
  label: string;
  kind: "REPEATS" | "BUILDS_ON";
}

export interface ReportItem {
  id: string;
  label: string;
  number: number;
  order: number;
  priority: Priority | null;
  sectionId: string | null;
  leadIn: string | null;
  text: string;
  needsVerification: boolean;
  provenance: string | null;
  source: string | null;
  /** The response shown (its id, for its translations; not part of what a report shows or fingerprints). */
  responseId?: string | null;
  response: {
    status: StateResponseStatus;
    text: string | null;
    statusSentence: string | null;
    date: DateOut;
    source: string | null;
  } | null;
  assessment: {
    status: AssessmentStatus;
    assessorType: AssessorType;
    assessorName: string | null;
    date: DateOut;
    rationale: string;
    source: string | null;
  } | null;
  followUps: {
    date: DateOut;
    actionTaken: string;
    institution: string | null;
    evidence: string | null;
    nextStep: string | null;
    targetDate: string | null;
  }[];
  institutions: string[];
  /** Theme names, alphabetical (lib/themes/queries.ts `themeNames`; themes as given now, whatever the moment). */
  themes: string[];
  earlier: FormRef[];
  later: FormRef[];
  /** The row stamp (lib/reports/row-stamp.ts) when the report shows the tracker now; null at another moment. */
  stamp: string | null;
}

type DatedRow = {
  datePrecision: Dated["datePrecision"] | null;
  dateFrom: Date | null;
  dateTo: Date | null;
  dateNote: string | null;
};
const dateOut = (d: DatedRow): DateOut => ({
  text: formatDated(d),
  precision: d.datePrecision,
  from: d.dateFrom ? isoDay(d.dateFrom) : null,
  to: d.dateTo ? isoDay(d.dateTo) : null,
  note: d.dateNote,
});
const DATED = Prisma.sql`x.date_precision::text AS "datePrecision", x.date_from AS "dateFrom", x.date_to AS "dateTo", x.date_note AS "dateNote"`;

function cite(docTitle: string | null, location: string | null, url: string | null): string | null {
  const parts = [docTitle, location, url].filter(Boolean);
  return parts.length ? parts.join(", ") : null;
}

/** The report items of these recommendations (already in report order), at the moment. */
export async function loadItems(m: Moment, ids: string[]): Promise<ReportItem[]> {
  if (ids.length === 0) return [];
  const db = await prisma();
  const inIds = Prisma.join(ids);
  const counts = m.on ? Prisma.sql`x.date_to <= CAST(${m.on} AS date)` : Prisma.sql`TRUE`;
  const now = m.on === null && m.asOf === null;
  const [status, recs, responses, assessments, followUps, assigned, links, stamps, themes] = await Promise.all([
    statusRows(m, { ids }),
    recommendationsAt(m, ids),
    db.$queryRaw<
      (DatedRow & {
        id: string;
        status: StateResponseStatus;
        text: string | null;
        statusSentence: string | null;
        documentId: string | null;
        location: string | null;
        sourceUrl: string | null;
      })[]
    >`
      SELECT x.id, x.status::text AS status, x.text, x.status_sentence AS "statusSentence", ${DATED}, x.document_id AS "documentId", x.location, x.source_url AS "sourceUrl"
      FROM ${source("state_responses", m)} x WHERE x.recommendation_id IN (${inIds})`,
    db.$queryRaw<
      (DatedRow & {
        id: string;
        status: AssessmentStatus;
        assessorType: AssessorType;
        assessorName: string | null;
        rationale: string;
        documentId: string | null;
        location: string | null;
        sourceUrl: string | null;
      })[]
    >`
      SELECT x.id, x.status::text AS status, x.assessor_type::text AS "assessorType", x.assessor_name AS "assessorName", ${DATED}, x.rationale,
             x.document_id AS "documentId", x.location, x.source_url AS "sourceUrl"
      FROM ${source("assessments", m)} x WHERE x.recommendation_id IN (${inIds})`,
    // Internal notes never leave the tracker; withdrawn entries are not follow-up.
    db.$queryRaw<
      (DatedRow & {
        recommendationId: string;
        actionTaken: string;
        institutionId: string | null;
        evidenceDocumentId: string | null;
        evidenceLocation: string | null;
        evidenceUrl: string | null;
        nextStep: string | null;
        targetDate: Date | null;
      })[]
    >`
      SELECT x.recommendation_id AS "recommendationId", ${DATED}, x.action_taken AS "actionTaken", x.institution_id AS "institutionId",
             x.evidence_document_id AS "evidenceDocumentId", x.evidence_location AS "evidenceLocation", x.evidence_url AS "evidenceUrl",
             x.next_step AS "nextStep", x.target_date AS "targetDate"
      FROM ${source("follow_ups", m)} x
      WHERE x.recommendation_id IN (${inIds}) AND x.withdrawn_at IS NULL AND NOT x.internal AND ${counts}
      ORDER BY x.recommendation_id, ${latestFirst("x")}`,
    db.$queryRaw<{ recommendationId: string; institutionId: string }[]>`
      SELECT x.recommendation_id AS "recommendationId", x.institution_id AS "institutionId"
      FROM ${source("recommendation_institutions", m)} x WHERE x.recommendation_id IN (${inIds}) AND ${counts}`,
    db.$queryRaw<{ fromId: string; toId: string; kind: FormRef["kind"] }[]>`
      SELECT x.from_id AS "fromId", x.to_id AS "toId", x.kind::text AS kind FROM ${source("recommendation_links", m)} x
      WHERE x.from_id IN (${inIds}) OR x.to_id IN (${inIds})`,
    // A spreadsheet edited and imported back must describe the tracker now: other moments carry no stamp.
    now ? rowStamps(db, ids) : Promise.resolve(new Map<string, string>()),
    themeNames(ids),
  ]);
  const linked = [...new Set(links.flatMap((l) => [l.fromId, l.toId]))];
  const docIds = [...recs.values()].map((r) => r.sourceDocumentId);
  const [docs, insts, forms] = await Promise.all([
    db.document.findMany({
      where: {
        id: {
          in: [
            ...docIds,
            ...responses.map((r) => r.documentId),
            ...assessments.map((a) => a.documentId),
            ...followUps.map((f) => f.evidenceDocumentId),
          ].filter((x): x is string => !!x),
        },
      },
      select: { id: true, title: true },
    }),
    db.institution.findMany({
      where: {
        id: {
          in: [
            ...assigned.map((a) => a.institutionId),
            ...followUps.map((f) => f.institutionId).filter((x): x is string => !!x),
          ],
        },
      },
      select: { id: true, name: true },
    }),
    db.recommendation.findMany({
      where: { id: { in: linked } },
      select: { id: true, label: true, cycle: { select: { year: true, title: true } } },
    }),
  ]);
  const title = (id: string | null) => (id ? (docs.find((d) => d.id === id)?.title ?? null) : null);
  const instName = (id: string | null) => (id ? (insts.find((i) => i.id === id)?.name ?? null) : null);
  const form = (id: string, kind: FormRef["kind"]): FormRef[] => {
    const r = forms.find((f) => f.id === id);
    return r ? [{ year: r.cycle.year, cycleTitle: r.cycle.title, label: r.label, kind }] : [];
  };
  return status.map((s) => {
    const r = recs.get(s.id)!;
    const resp = responses.find((x) => x.id === s.responseId);
    const a = assessments.find((x) => x.id === s.assessmentId);
    return {
      id: s.id,
      label: r.label,
      number: r.number,
      order: r.order,
      priority: r.priority,
      sectionId: r.sectionId,
      leadIn: r.leadIn,
      text: r.text,
      needsVerification: r.textVerification === "NEEDS_VERIFICATION",
      provenance: r.provenance,
      source: cite(title(r.sourceDocumentId), r.sourceLocation, r.sourceUrl),
      responseId: resp?.id ?? null,
      response: resp
        ? {
            status: resp.status,
            text: resp.text,
            statusSentence: resp.statusSentence,
            date: dateOut(resp),
            source: cite(title(resp.documentId), resp.location, resp.sourceUrl),
          }
        : null,
      assessment: a
        ? {
            status: a.status,
            assessorType: a.assessorType,
            assessorName: a.assessorName,
            date: dateOut(a),
            rationale: a.rationale,
            source: cite(title(a.documentId), a.location, a.sourceUrl),
          }
        : null,
      followUps: followUps
        .filter((f) => f.recommendationId === s.id)
        .reverse() // oldest first, as a report tells a story
        .map((f) => ({
          date: dateOut(f),
          actionTaken: f.actionTaken,
          institution: instName(f.institutionId),
          evidence: cite(title(f.evidenceDocumentId), f.evidenceLocation, f.evidenceUrl),
          nextStep: f.nextStep,
          targetDate: f.targetDate ? isoDay(f.targetDate) : null,
        })),
      institutions: assigned
        .filter((x) => x.recommendationId === s.id)
        .map((x) => instName(x.institutionId) ?? "")
        .filter(Boolean)
        .sort(),
      themes: themes.get(s.id) ?? [],
      earlier: links
        .filter((l) => l.fromId === s.id)
        .flatMap((l) => form(l.toId, l.kind))
        .sort((x, y) => y.year - x.year),
      later: links
        .filter((l) => l.toId === s.id)
        .flatMap((l) => form(l.fromId, l.kind))
        .sort((x, y) => x.year - y.year),
      stamp: stamps.get(s.id) ?? null,
    };
  });
}
