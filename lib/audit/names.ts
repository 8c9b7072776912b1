// The names behind the ids in a batch of audit events (recommendations with
// their cycle, documents, institutions, sections, cycles, users, …), looked up
// with one query per kind of record for the whole batch, never per event.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { mentionedIds } from "@/lib/comments/mentions";
import { diffsOf, parseAuditEvent } from "./catalogue";
import {
  DATE_FIELDS,
  emptyNames,
  ID_FIELDS,
  needsDateAfter,
  OWN_NAME,
  partOf,
  type AuditNames,
  type NameKind,
  type StoredAuditEvent,
} from "./readable";

type Needed = Record<NameKind, Set<string>> & { datesAfter: { entityType: string; entityId: string; seq: number }[] };

/** The ids a batch of events refers to, by kind of record. Pure. */
export function neededIds(events: StoredAuditEvent[]): Needed {
  const kinds = Object.keys(emptyNames()).filter((k) => k !== "datesAfter") as NameKind[];
  const need = Object.fromEntries(kinds.map((k) => [k, new Set<string>()])) as unknown as Needed;
  need.datesAfter = [];
  for (const e of events) {
    if (e.recommendationId) need.recommendations.add(e.recommendationId);
    if (e.cycleId) need.cycles.add(e.cycleId);
    const own = OWN_NAME[e.entityType as keyof typeof OWN_NAME];
    if (own) need[own].add(e.entityId);
    const part = partOf(e.entityType, e.entityId);
    if (part) need[part.kind].add(part.id);
    const data = parseAuditEvent(e);
    if (!data) continue;
    const diffs = diffsOf(data);
    for (const [field, c] of Object.entries(diffs)) {
      const kind = ID_FIELDS[field];
      if (!kind || !c) continue;
      for (const v of [c.from, c.to].flat()) if (typeof v === "string" && v) need[kind].add(v);
    }
    // A comment names the people it mentions inside its text.
    for (const c of data.entityType === "Comment" ? [diffs.body] : []) {
      for (const v of [c?.from, c?.to]) if (typeof v === "string") for (const u of mentionedIds(v)) need.users.add(u);
    }
    if (DATE_FIELDS.some((f) => diffs[f]) && needsDateAfter(e.action, diffs)) {
      need.datesAfter.push({ entityType: e.entityType, entityId: e.entityId, seq: e.seq });
    }
  }
  return need;
}

const dateSelect = { id: true, auditSeq: true, datePrecision: true, dateFrom: true, dateTo: true } as const;

/** The date of each partly re-dated entry after its event, from the version that event wrote. */
async function datesAfter(db: PrismaClient, wanted: Needed["datesAfter"]): Promise<AuditNames["datesAfter"]> {
  const out: AuditNames["datesAfter"] = new Map();
  if (wanted.length === 0) return out;
  const of = (type: string) => wanted.filter((w) => w.entityType === type);
  // By entity id first (indexed), then the exact version.
  const where = (ws: typeof wanted) => ({
    id: { in: [...new Set(ws.map((w) => w.entityId))] },
    auditSeq: { in: ws.map((w) => w.seq) },
  });
  const none = Promise.resolve([]);
  const lists = await Promise.all([
    of("StateResponse").length
      ? db.stateResponseVersion.findMany({ where: where(of("StateResponse")), select: dateSelect })
      : none,
    of("Assessment").length
      ? db.assessmentVersion.findMany({ where: where(of("Assessment")), select: dateSelect })
      : none,
    of("FollowUp").length ? db.followUpVersion.findMany({ where: where(of("FollowUp")), select: dateSelect }) : none,
    of("RecommendationInstitution").length
      ? db.recommendationInstitutionVersion.findMany({
          where: where(of("RecommendationInstitution")),
          select: dateSelect,
        })
      : none,
  ]);
  for (const v of lists.flat()) {
    // History recorded before dates were required has none: the event's own parts are listed instead.
    if (v.datePrecision && v.dateTo)
      out.set(v.auditSeq, { datePrecision: v.datePrecision, dateFrom: v.dateFrom, dateTo: v.dateTo });
  }
  return out;
}

/** Looks up every name a batch of events needs: at most one query per kind of record. */
export async function resolveAuditNames(db: PrismaClient, events: StoredAuditEvent[]): Promise<AuditNames> {
  const need = neededIds(events);
  const names = emptyNames();
  const ids = (k: NameKind) => [...need[k]];
  const when = <T>(k: NameKind, query: (ids: string[]) => Promise<T[]>) =>
    need[k].size ? query(ids(k)) : Promise.resolve([] as T[]);
  const recSelect = { id: true, label: true, cycle: { select: { year: true } } } as const;
  const cycleSelect = { id: true, slug: true, year: true, title: true, country: { select: { name: true } } } as const;
  const [recs, cycles, docs, insts, sections, countries, claims, users, invites, tokens, dates] = await Promise.all([
    when("recommendations", (id) => db.recommendation.findMany({ where: { id: { in: id } }, select: recSelect })),
    when("cycles", (id) => db.electionCycle.findMany({ where: { id: { in: id } }, select: cycleSelect })),
    when("documents", (id) => db.document.findMany({ where: { id: { in: id } }, select: { id: true, title: true } })),
    when("institutions", (id) =>
      db.institution.findMany({ where: { id: { in: id } }, select: { id: true, name: true } }),
    ),
    when("sections", (id) =>
      db.reportSection.findMany({ where: { id: { in: id } }, select: { id: true, title: true } }),
    ),
    when("countries", (id) => db.country.findMany({ where: { id: { in: id } }, select: { id: true, name: true } })),
    when("claims", (id) =>
      db.cycleClaim.findMany({ where: { id: { in: id } }, select: { id: true, statement: true } }),
    ),
    when("users", (id) => db.user.findMany({ where: { id: { in: id } }, select: { id: true, name: true } })),
    when("invites", (id) => db.invite.findMany({ where: { id: { in: id } }, select: { id: true, email: true } })),
    when("apiTokens", (id) => db.apiToken.findMany({ where: { id: { in: id } }, select: { id: true, name: true } })),
    datesAfter(db, need.datesAfter),
  ]);
  for (const r of recs) names.recommendations.set(r.id, { year: r.cycle.year, label: r.label });
  for (const c of cycles)
    names.cycles.set(c.id, { year: c.year, title: c.title, slug: c.slug, country: c.country.name });
  for (const d of docs) names.documents.set(d.id, d.title);
  for (const i of insts) names.institutions.set(i.id, i.name);
  for (const s of sections) names.sections.set(s.id, s.title);
  for (const c of countries) names.countries.set(c.id, c.name);
  for (const c of claims) names.claims.set(c.id, c.statement);
  for (const u of users) names.users.set(u.id, u.name);
  for (const i of invites) names.invites.set(i.id, i.email);
  for (const t of tokens) names.apiTokens.set(t.id, t.name);
  names.datesAfter = dates;
  return names;
}
