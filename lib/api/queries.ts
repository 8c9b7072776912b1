// What the read API reads: cycles, recommendations with their current status
// (lib/status, never recomputed here), one recommendation with its series
// (lib/recommendations/view, as its page). Only chosen columns leave: no
// whole rows, no internal columns, no withdrawn entries, internal follow-up
// notes only for those who may read them.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { isoDay } from "@/lib/dated";
import { recommendationAt } from "@/lib/recommendations/view";
import { evidenceOfEntries, type EvidenceItem } from "@/lib/evidence/queries";
import { recommendationsMatching } from "@/lib/search/queries";
import { NOW } from "@/lib/status/moment";
import { statusCte } from "@/lib/status/sql";
import { themeNames } from "@/lib/themes/queries";
import type { AssessmentStatus, Priority, StateResponseStatus } from "@/lib/vocab";
import type { z } from "zod";
import { languageCode } from "@/lib/translations/languages";
import { translationsOf } from "@/lib/translations/queries";
import type { Cycle, RecommendationDetail, RecommendationsQuery, RecommendationSummary } from "./schema";

const dayOrNull = (d: Date | null) => (d ? isoDay(d) : null);
type Links = { api: string; site: string };

const CYCLE_SELECT = {
  slug: true,
  year: true,
  electionType: true,
  title: true,
  electionDate: true,
  isEarly: true,
  finalReportTitle: true,
  finalReportDate: true,
  finalReportPlace: true,
  finalReportUrl: true,
  country: { select: { code: true, name: true } },
  _count: { select: { recommendations: true } },
} as const;
type CycleRow = Prisma.ElectionCycleGetPayload<{ select: typeof CYCLE_SELECT }>;

function cycleOut(c: CycleRow, l: Links): z.infer<typeof Cycle> {
  return {
    slug: c.slug,
    country: { code: c.country.code, name: c.country.name },
    year: c.year,
    electionType: c.electionType,
    title: c.title,
    electionDate: isoDay(c.electionDate),
    isEarly: c.isEarly,
    finalReport: {
      title: c.finalReportTitle,
      date: dayOrNull(c.finalReportDate),
      place: c.finalReportPlace,
      url: c.finalReportUrl,
    },
    recommendationsRecorded: c._count.recommendations,
    url: `${l.api}/cycles/${c.slug}`,
    recommendationsUrl: `${l.api}/recommendations?cycle=${c.slug}`,
  };
}

/** Cycles by country, year and short name (a stable order for paging). */
export async function apiCycles(page: number, limit: number, l: Links) {
  const db = await prisma();
  const [total, rows] = await Promise.all([
    db.electionCycle.count(),
    db.electionCycle.findMany({
      select: CYCLE_SELECT,
      orderBy: [{ country: { name: "asc" } }, { year: "asc" }, { slug: "asc" }],
      skip: (page - 1) * limit,
      take: limit,
    }),
  ]);
  return { total, data: rows.map((c) => cycleOut(c, l)) };
}

export async function apiCycle(slug: string, l: Links) {
  const db = await prisma();
  const c = await db.electionCycle.findUnique({
    where: { slug },
    select: {
      ...CYCLE_SELECT,
      sections: {
        select: { key: true, title: true, leadIn: true, parent: { select: { key: true } } },
        orderBy: [{ order: "asc" }, { key: "asc" }],
      },
      documents: {
        select: { slug: true, title: true, type: true, issuer: true, issuedOn: true, place: true },
        orderBy: [{ issuedOn: { sort: "asc", nulls: "last" } }, { title: "asc" }],
      },
    },
  });
  if (!c) return null;
  return {
    ...cycleOut(c, l),
    sections: c.sections.map((s) => ({
      key: s.key,
      title: s.title,
      parentKey: s.parent?.key ?? null,
      leadIn: s.leadIn,
    })),
    documents: c.documents.map((d) => ({
      slug: d.slug,
      title: d.title,
      url: `${l.site}/documents/${d.slug}`,
      type: d.type,
      issuer: d.issuer,
      issuedOn: dayOrNull(d.issuedOn),
      place: d.place,
    })),
  };
}

type ListRow = {
  id: string;
  cycle: string;
  label: string;
  section_key: string | null;
  section_title: string | null;
  priority: Priority;
  lead_in: string | null;
  text: string;
  text_verification: "VERIFIED" | "NEEDS_VERIFICATION";
  state: StateResponseStatus;
  independent: AssessmentStatus;
  follow_ups: number;
  total: number;
};

function summaryOut(r: Omit<ListRow, "total">, themes: string[], l: Links): z.infer<typeof RecommendationSummary> {
  return {
    id: r.id,
    cycle: r.cycle,
    label: r.label,
    section: r.section_key && r.section_title ? { key: r.section_key, title: r.section_title } : null,
    priority: r.priority,
    leadIn: r.lead_in,
    text: r.text,
    textVerification: r.text_verification,
    status: { state: r.state, independent: r.independent },
    followUpCount: r.follow_ups,
    themes,
    url: `${l.api}/recommendations/${r.id}`,
    page: `${l.site}/recommendations/${r.id}`,
  };
}

/** Recommendations in report order (cycle by year and short name, then report order), filtered. */
export async function apiRecommendations(
  f: z.infer<typeof RecommendationsQuery>,
  o: { page: number; limit: number; includeInternal: boolean },
  l: Links,
) {
  const db = await prisma();
  const cond: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.country) cond.push(Prisma.sql`xco.code = ${f.country}`);
  if (f.cycle) cond.push(Prisma.sql`xc.slug = ${f.cycle}`);
  if (f.q) cond.push(Prisma.sql`x.id IN (${recommendationsMatching(f.q, o.includeInternal)})`);
  const scope = Prisma.sql`SELECT x.id FROM recommendations x JOIN election_cycles xc ON xc.id = x.cycle_id
    JOIN countries xco ON xco.id = xc.country_id WHERE ${Prisma.join(cond, " AND ")}`;
  const lens: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.status) lens.push(Prisma.sql`s.state = ${f.status}`);
  if (f.independent) lens.push(Prisma.sql`s.independent = ${f.independent}`);
  const rows = await db.$queryRaw<ListRow[]>`
    WITH ${statusCte(NOW, { idsFrom: scope })}
    SELECT s.id, c.slug AS cycle, s.label, sec.key AS section_key, sec.title AS section_title, s.priority,
           r.lead_in, r.text, r.text_verification::text AS text_verification, s.state, s.independent,
           s.follow_ups, count(*) OVER ()::int AS total
    FROM status s JOIN recommendations r ON r.id = s.id JOIN election_cycles c ON c.id = s.cycle_id
    LEFT JOIN report_sections sec ON sec.id = s.section_id
    WHERE ${Prisma.join(lens, " AND ")}
    ORDER BY c.year, c.slug, s."order", s.id
    LIMIT ${o.limit} OFFSET ${(o.page - 1) * o.limit}`;
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && o.page > 1) {
    const [n] = await db.$queryRaw<{ n: number }[]>`
      WITH ${statusCte(NOW, { idsFrom: scope })}
      SELECT count(*)::int AS n FROM status s WHERE ${Prisma.join(lens, " AND ")}`;
    total = n?.n ?? 0;
  }
  const themes = await themeNames(rows.map((r) => r.id));
  return { total, data: rows.map(({ total: _, ...r }) => summaryOut(r, themes.get(r.id) ?? [], l)) };
}

type Detail = z.infer<typeof RecommendationDetail>["data"];
const dated = (e: {
  datePrecision: Detail["responses"][number]["date"]["precision"] | null;
  dateFrom: Date | null;
  dateTo: Date | null;
  dateNote: string | null;
}) => ({
  // Current rows always have a date (only versions recorded before dates were required lack one).
  precision: e.datePrecision!,
  from: dayOrNull(e.dateFrom),
  to: isoDay(e.dateTo!),
  note: e.dateNote,
});

/** One recommendation with its series, as its page shows them now; null when it does not exist. */
export async function apiRecommendation(id: string, includeInternal: boolean, l: Links): Promise<Detail | null> {
  const db = await prisma();
  const [view, place, themes, texts] = await Promise.all([
    recommendationAt(id, NOW, includeInternal),
    db.recommendation.findUnique({
      where: { id },
      select: { cycle: { select: { slug: true } }, section: { select: { key: true, title: true } } },
    }),
    themeNames([id]),
    // The recommendation's text is always published: every caller reads its translations.
    translationsOf({ subject: "RECOMMENDATION_TEXT", id }, { editor: false }),
  ]);
  if (!view || !place || !texts.original) return null;
  const doc = (d: { slug: string; title: string } | null) =>
    d ? { slug: d.slug, title: d.title, url: `${l.site}/documents/${d.slug}` } : null;
  const live = <T extends { withdrawnAt: Date | null }>(list: T[]) => list.filter((e) => e.withdrawnAt === null);
  const followUps = live(view.followUps).filter((f) => includeInternal || !f.internal);
  const responses = live(view.responses);
  // Only the entries given here: an internal note's files are left out with the note.
  const evidence = await evidenceOfEntries({
    followUpIds: followUps.map((f) => f.id),
    responseIds: responses.map((r) => r.id),
  });
  const files = (entryId: string) =>
    (evidence[entryId] ?? []).map((f: EvidenceItem) => ({
      name: f.name,
      type: f.kindLabel,
      size: f.size,
      sha256: f.sha256,
      url: `${l.site}/api/evidence/${f.id}`,
    }));
  return {
    ...summaryOut(
      {
        id: view.id,
        cycle: place.cycle.slug,
        label: view.label,
        section_key: place.section?.key ?? null,
        section_title: place.section?.title ?? null,
        priority: view.priority,
        lead_in: view.leadIn,
        text: view.text,
        text_verification: view.textVerification,
        state: view.state,
        independent: view.independent,
        follow_ups: followUps.filter((f) => !f.internal).length,
      },
      themes.get(id) ?? [],
      l,
    ),
    textLanguage: languageCode(texts.original.language),
    translations: texts.translations.map((t) => ({
      language: languageCode(t.language),
      kind: t.kind,
      translator: t.translator,
      text: t.text,
      source:
        t.sourceDocument || t.sourceCitation ? { document: doc(t.sourceDocument), citation: t.sourceCitation } : null,
    })),
    responses: responses.map((r) => ({
      id: r.id,
      status: r.status,
      text: r.text,
      statusSentence: r.statusSentence,
      date: dated(r),
      document: doc(r.document),
      location: r.location,
      sourceUrl: r.sourceUrl,
      current: r.current,
      files: files(r.id),
    })),
    assessments: live(view.assessments).map((a) => ({
      id: a.id,
      status: a.status,
      assessorType: a.assessorType,
      assessorName: a.assessorName,
      rationale: a.rationale,
      date: dated(a),
      document: doc(a.document),
      location: a.location,
      sourceUrl: a.sourceUrl,
      current: a.current,
    })),
    followUps: followUps.map((f) => ({
      id: f.id,
      actionTaken: f.actionTaken,
      nextStep: f.nextStep,
      targetDate: dayOrNull(f.targetDate),
      institution: f.institution?.name ?? null,
      date: dated(f),
      evidence: {
        document: doc(f.evidenceDocument),
        location: f.evidenceLocation,
        url: f.evidenceUrl,
        files: files(f.id),
      },
      internal: f.internal,
    })),
    institutions: view.institutions
      .filter((a) => a.counts)
      .map((a) => ({
        name: a.institution.name,
        abbreviation: a.institution.abbreviation,
        since: a.datePrecision === "RANGE" ? dayOrNull(a.dateFrom) : dayOrNull(a.dateFrom ?? a.dateTo),
      })),
    sourceDocument: doc(view.sourceDocument),
  };
}
