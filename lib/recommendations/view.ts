// One recommendation at a moment: as recorded now or at the end of a past day
// (versions), with every entry of its series and which of them give its
// status on a real-world day. The same reads for the current page, the past
// view and "status on"; the current entries come from lib/status (one
// definition of "current").
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { statusRows } from "@/lib/status/figures";
import type { Moment } from "@/lib/status/moment";
import { latestFirst, source } from "@/lib/status/sources";
import type {
  AssessmentStatus,
  AssessorType,
  DatePrecision,
  Priority,
  StateResponseStatus,
  TextVerification,
} from "@/lib/generated/prisma/enums";

/** A real-world date; empty only in history recorded before dates were required. */
export interface DatedCols {
  datePrecision: DatePrecision | null;
  dateFrom: Date | null;
  dateTo: Date | null;
  dateNote: string | null;
}
export interface DocRef {
  id: string;
  slug: string;
  title: string;
}
interface Entry extends DatedCols {
  id: string;
  version: number;
  entryNo: number;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
  /** Dated on or before the moment's real-world day (always, when none is chosen). */
  counts: boolean;
}
export interface ResponseEntry extends Entry {
  status: StateResponseStatus;
  text: string | null;
  statusSentence: string | null;
  document: DocRef | null;
  location: string | null;
  sourceUrl: string | null;
  current: boolean;
}
export interface AssessmentEntry extends Entry {
  status: AssessmentStatus;
  assessorType: AssessorType;
  assessorName: string | null;
  rationale: string;
  document: DocRef | null;
  location: string | null;
  sourceUrl: string | null;
  /** The latest overall: the independent lens of every figure. */
  current: boolean;
  /** The latest of its assessor type. */
  latestOfType: boolean;
}
export interface FollowUpEntry extends Entry {
  actionTaken: string;
  institution: { id: string; name: string } | null;
  evidenceDocument: DocRef | null;
  evidenceLocation: string | null;
  evidenceUrl: string | null;
  nextStep: string | null;
  targetDate: Date | null;
  internal: boolean;
}
export interface AssignmentEntry extends DatedCols {
  institution: { id: string; name: string; abbreviation: string | null };
  counts: boolean;
}

const DATED = Prisma.sql`x.date_precision::text AS "datePrecision", x.date_from AS "dateFrom", x.date_to AS "dateTo", x.date_note AS "dateNote"`;
const ENTRY = Prisma.sql`x.id, x.version, x.entry_no AS "entryNo", x.withdrawn_at AS "withdrawnAt", x.withdrawal_reason AS "withdrawalReason", ${DATED}`;
const counts = (m: Moment) => (m.on ? Prisma.sql`x.date_to <= CAST(${m.on} AS date)` : Prisma.sql`TRUE`);

/** The recommendation and its series at the moment; null if it was not recorded then. */
export async function recommendationAt(id: string, m: Moment, includeInternal: boolean) {
  if (!/^[a-z0-9]{20,40}$/.test(id)) return null;
  const db = await prisma();
  const [rec] = await db.$queryRaw<
    {
      id: string;
      cycleId: string;
      sectionId: string | null;
      label: string;
      number: number;
      letter: string | null;
      order: number;
      priority: Priority;
      leadIn: string | null;
      text: string;
      textVerification: TextVerification;
      sourceDocumentId: string | null;
      sourceLocation: string | null;
      sourceUrl: string | null;
      provenance: string | null;
      version: number;
    }[]
  >`SELECT x.id, x.cycle_id AS "cycleId", x.section_id AS "sectionId", x.label, x.number, x.letter, x."order", x.priority::text AS priority,
       x.lead_in AS "leadIn", x.text, x.text_verification::text AS "textVerification", x.source_document_id AS "sourceDocumentId",
       x.source_location AS "sourceLocation", x.source_url AS "sourceUrl", x.provenance, x.version
    FROM ${source("recommendations", m)} x WHERE x.id = ${id}`;
  if (!rec) return null;
  const [status, responses, assessments, latestByType, followUps, assigned] = await Promise.all([
    statusRows(m, { ids: [id] }),
    db.$queryRaw<(Omit<ResponseEntry, "document" | "current"> & { documentId: string | null })[]>`
      SELECT ${ENTRY}, x.status::text AS status, x.text, x.status_sentence AS "statusSentence", x.document_id AS "documentId",
             x.location, x.source_url AS "sourceUrl", ${counts(m)} AS counts
      FROM ${source("state_responses", m)} x WHERE x.recommendation_id = ${id} ORDER BY ${latestFirst("x")}`,
    db.$queryRaw<(Omit<AssessmentEntry, "document" | "current" | "latestOfType"> & { documentId: string | null })[]>`
      SELECT ${ENTRY}, x.status::text AS status, x.assessor_type::text AS "assessorType", x.assessor_name AS "assessorName", x.rationale,
             x.document_id AS "documentId", x.location, x.source_url AS "sourceUrl", ${counts(m)} AS counts
      FROM ${source("assessments", m)} x WHERE x.recommendation_id = ${id} ORDER BY ${latestFirst("x")}`,
    db.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT ON (x.assessor_type) x.id FROM ${source("assessments", m)} x
      WHERE x.recommendation_id = ${id} AND x.withdrawn_at IS NULL AND ${counts(m)}
      ORDER BY x.assessor_type, ${latestFirst("x")}`,
    db.$queryRaw<
      (Omit<FollowUpEntry, "institution" | "evidenceDocument"> & {
        institutionId: string | null;
        evidenceDocumentId: string | null;
      })[]
    >`
      SELECT ${ENTRY}, x.action_taken AS "actionTaken", x.institution_id AS "institutionId", x.evidence_document_id AS "evidenceDocumentId",
             x.evidence_location AS "evidenceLocation", x.evidence_url AS "evidenceUrl", x.next_step AS "nextStep", x.target_date AS "targetDate",
             x.internal, ${counts(m)} AS counts
      FROM ${source("follow_ups", m)} x WHERE x.recommendation_id = ${id} AND (${includeInternal} OR NOT x.internal)
      ORDER BY ${latestFirst("x")}`,
    db.$queryRaw<(DatedCols & { institutionId: string; counts: boolean })[]>`
      SELECT x.institution_id AS "institutionId", ${DATED}, ${counts(m)} AS counts
      FROM ${source("recommendation_institutions", m)} x WHERE x.recommendation_id = ${id}`,
  ]);
  const docIds = [
    rec.sourceDocumentId,
    ...responses.map((r) => r.documentId),
    ...assessments.map((a) => a.documentId),
    ...followUps.map((f) => f.evidenceDocumentId),
  ];
  const instIds = [...followUps.map((f) => f.institutionId), ...assigned.map((a) => a.institutionId)];
  const [docs, insts] = await Promise.all([
    db.document.findMany({
      where: { id: { in: docIds.filter((d): d is string => d !== null) } },
      select: { id: true, slug: true, title: true },
    }),
    db.institution.findMany({
      where: { id: { in: instIds.filter((d): d is string => d !== null) } },
      select: { id: true, name: true, abbreviation: true },
    }),
  ]);
  const doc = (d: string | null) => (d ? (docs.find((x) => x.id === d) ?? null) : null);
  const inst = (i: string | null) => (i ? (insts.find((x) => x.id === i) ?? null) : null);
  const s = status[0];
  const typeLatest = new Set(latestByType.map((r) => r.id));
  return {
    ...rec,
    sourceDocument: doc(rec.sourceDocumentId),
    state: s?.state ?? "NO_RESPONSE",
    independent: s?.independent ?? "NOT_YET_ASSESSED",
    responses: responses.map(({ documentId, ...r }) => ({
      ...r,
      document: doc(documentId),
      current: r.id === s?.responseId,
    })),
    assessments: assessments.map(({ documentId, ...a }) => ({
      ...a,
      document: doc(documentId),
      current: a.id === s?.assessmentId,
      latestOfType: typeLatest.has(a.id),
    })),
    followUps: followUps.map(({ institutionId, evidenceDocumentId, ...f }) => ({
      ...f,
      institution: inst(institutionId),
      evidenceDocument: doc(evidenceDocumentId),
    })),
    institutions: assigned
      .map(({ institutionId, ...a }) => ({ ...a, institution: inst(institutionId)! }))
      .filter((a) => a.institution)
      .sort((a, b) => a.institution.name.localeCompare(b.institution.name)),
  };
}
export type RecommendationView = NonNullable<Awaited<ReturnType<typeof recommendationAt>>>;

export interface ListedAt {
  id: string;
  cycleId: string;
  sectionId: string | null;
  label: string;
  number: number;
  letter: string | null;
  order: number;
  priority: Priority;
  leadIn: string | null;
  text: string;
  textVerification: TextVerification;
  sourceDocumentId: string | null;
  sourceLocation: string | null;
  sourceUrl: string | null;
  provenance: string | null;
}

/** Recommendations' texts and places in the report, as recorded at the moment, by id. */
export async function recommendationsAt(m: Moment, ids: string[]): Promise<Map<string, ListedAt>> {
  if (ids.length === 0) return new Map();
  const db = await prisma();
  const rows = await db.$queryRaw<ListedAt[]>`
    SELECT x.id, x.cycle_id AS "cycleId", x.section_id AS "sectionId", x.label, x.number, x.letter, x."order", x.priority::text AS priority,
           x.lead_in AS "leadIn", x.text, x.text_verification::text AS "textVerification", x.source_document_id AS "sourceDocumentId",
           x.source_location AS "sourceLocation", x.source_url AS "sourceUrl", x.provenance
    FROM ${source("recommendations", m)} x WHERE x.id IN (${Prisma.join(ids)})`;
  return new Map(rows.map((r) => [r.id, r]));
}
