// Idempotent seed: creates what is missing, never updates what exists (so
// it never overwrites what users edited), and records every row it creates
// as an audit event by the system actor, all in one transaction.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/audit/catalogue";
import { recordAudit, SYSTEM_ACTOR, type AuditInput, type Tx } from "@/lib/audit/record";
import { loadInstitutionSeed, seedInstitutions } from "./institutions";
import { seedThemes } from "./themes";
import { diffFields } from "@/lib/audit/hash";
import { loadSeedData, readSourceFile, type Catalog, type Cec2011 } from "./data";
import { reportOrder } from "@/lib/recommendations/order";
import { versionedUpdate } from "@/lib/mutations/versioned";

export interface SeedCounts {
  created: Record<string, number>;
}

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

// Find by natural key; create and audit only when missing.
async function ensure<T extends { id: string }>(
  tx: Tx,
  counts: Record<string, number>,
  entityType: EntityType,
  find: () => Promise<T | null>,
  create: () => Promise<T>,
  data: Record<string, unknown>,
  scope: { cycleId?: string; recommendationId?: string } = {},
  reason = "Initial data from the project's seed files",
): Promise<T> {
  // A recommendation's own creation belongs to its history too.
  const own = entityType === "Recommendation" ? "recommendationId" : entityType === "ElectionCycle" ? "cycleId" : null;
  const existing = await find();
  if (existing) return existing;
  const row = await create();
  if (own) scope = { ...scope, [own]: row.id };
  counts[entityType] = (counts[entityType] ?? 0) + 1;
  await recordAudit(tx, {
    actor: SYSTEM_ACTOR,
    action: "create",
    entityType,
    entityId: row.id,
    cycleId: scope.cycleId ?? null,
    recommendationId: scope.recommendationId ?? null,
    changes: diffFields({}, data),
    reason,
  } as AuditInput);
  return row;
}

/**
 * A database seeded before cycles had a recommendation count gets the count the sources state, once, as an
 * audited update by the seed; a count a user has recorded (or cleared) is never overwritten.
 */
async function fillRecommendationCount(
  tx: Tx,
  row: { id: string },
  cy: Catalog["cycles"][number],
  counts: Record<string, number>,
) {
  if (cy.recommendationCount === null) return;
  const current = await tx.electionCycle.findUniqueOrThrow({ where: { id: row.id } });
  if (current.recommendationCount !== null) return;
  // A count someone recorded, even cleared, is theirs: fill only where the history never touched it.
  const touched = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM audit_events WHERE entity_type = 'ElectionCycle' AND entity_id = ${current.id}
      AND changes::jsonb ? 'recommendationCount' LIMIT 1`;
  if (touched.length > 0) return;
  await versionedUpdate({
    tx,
    actor: SYSTEM_ACTOR,
    entityType: "ElectionCycle",
    current,
    openedVersion: current.version,
    fields: ["recommendationCount"],
    data: { recommendationCount: cy.recommendationCount },
    reason: `Number of recommendations from the project's seed files: ${cy.recommendationCountSource}`,
    scope: { cycleId: current.id, recommendationId: null },
    write: async (d, version) =>
      (
        await tx.electionCycle.updateManyAndReturn({
          where: { id: current.id, version },
          data: { ...d, version: { increment: 1 } },
        })
      )[0] ?? null,
  });
  counts.RecommendationCount = (counts.RecommendationCount ?? 0) + 1;
}

async function seedCatalog(tx: Tx, catalog: Catalog, cec2011: Cec2011, counts: Record<string, number>) {
  const c = catalog.country;
  const country = await ensure(
    tx,
    counts,
    "Country",
    () => tx.country.findUnique({ where: { code: c.code } }),
    () => tx.country.create({ data: c }),
    c,
  );

  const cycles = new Map<string, string>();
  for (const cy of catalog.cycles) {
    const data = {
      slug: cy.slug,
      countryId: country.id,
      year: cy.year,
      electionType: cy.electionType,
      title: cy.title,
      electionDate: day(cy.electionDate)!,
      isEarly: cy.isEarly,
      finalReportTitle: cy.finalReportTitle,
      finalReportDate: day(cy.finalReportDate),
      finalReportPlace: cy.finalReportPlace,
      recommendationCount: cy.recommendationCount,
      notes: cy.notes,
      version: 1,
    };
    const row = await ensure(
      tx,
      counts,
      "ElectionCycle",
      () => tx.electionCycle.findUnique({ where: { slug: cy.slug } }),
      () => tx.electionCycle.create({ data }),
      data,
      {},
      cy.recommendationCountSource
        ? `Initial data from the project's seed files. Number of recommendations: ${cy.recommendationCountSource}`
        : undefined,
    );
    cycles.set(cy.slug, row.id);
    await fillRecommendationCount(tx, row, cy, counts);
  }

  const docs = new Map<string, string>();
  for (const d of catalog.documents) {
    const cycleId = cycles.get(d.cycle)!;
    const data = {
      slug: d.slug,
      cycleId,
      type: d.type,
      title: d.title,
      issuer: d.issuer,
      issuedOn: day(d.issuedOn),
      place: d.place,
      sourceFile: d.sourceFile,
      fullText: d.sourceFile ? readSourceFile(d.sourceFile) : null,
      version: 1,
    };
    const row = await ensure(
      tx,
      counts,
      "Document",
      () => tx.document.findUnique({ where: { slug: d.slug }, select: { id: true } }),
      () => tx.document.create({ data, select: { id: true } }),
      { ...data, fullText: data.fullText ? `(${data.fullText.length} characters)` : null },
      { cycleId },
    );
    docs.set(d.slug, row.id);
  }

  for (const cy of catalog.cycles) {
    const cycleId = cycles.get(cy.slug)!;
    for (const cl of cy.claims) {
      const data = {
        key: cl.key,
        cycleId,
        claimant: cl.claimant,
        statement: cl.statement,
        quote: cl.quote,
        value: cl.value,
        outOf: cl.outOf,
        documentId: cl.document ? docs.get(cl.document)! : null,
        location: cl.location,
      };
      await ensure(
        tx,
        counts,
        "CycleClaim",
        () => tx.cycleClaim.findUnique({ where: { key: cl.key } }),
        () => tx.cycleClaim.create({ data }),
        data,
        { cycleId },
      );
    }
    if (Array.isArray(cy.sections)) {
      const sectionIds = new Map<string, string>();
      for (const [i, s] of cy.sections.entries()) {
        const data = { cycleId, key: s.key, title: s.title, priority: s.priority, order: i + 1 };
        const row = await ensure(
          tx,
          counts,
          "ReportSection",
          () => tx.reportSection.findUnique({ where: { cycleId_key: { cycleId, key: s.key } } }),
          () => tx.reportSection.create({ data }),
          data,
          { cycleId },
        );
        sectionIds.set(s.key, row.id);
      }
      if (Array.isArray(cy.recommendations)) {
        for (const r of cy.recommendations) {
          const data = {
            cycleId,
            sectionId: r.section ? sectionIds.get(r.section)! : null,
            label: r.label,
            number: r.number,
            letter: r.letter,
            order: reportOrder(r.number, r.letter),
            priority: r.priority,
            text: r.text,
            textVerification: r.textVerification,
            provenance: r.provenance,
            sourceLocation: `Final report, recommendation ${r.label}${r.section ? `, section ${cy.sections.find((s) => s.key === r.section)?.title}` : ""}`,
            version: 1,
          };
          await ensure(
            tx,
            counts,
            "Recommendation",
            () => tx.recommendation.findUnique({ where: { cycleId_label: { cycleId, label: r.label } } }),
            () => tx.recommendation.create({ data }),
            data,
            { cycleId },
          );
        }
      }
    }
  }
  const comments = catalog.documents.find((d) => d.slug === "kz-2011-cec-comments")!;
  await seed2011(
    tx,
    cycles.get("kz-2011")!,
    { id: docs.get(comments.slug)!, dated: comments.answersDated! },
    cec2011,
    counts,
  );
}

type Comments = { id: string; dated: NonNullable<Catalog["documents"][number]["answersDated"]> };

async function seed2011(
  tx: Tx,
  cycleId: string,
  comments: Comments,
  data2011: Cec2011,
  counts: Record<string, number>,
) {
  const commentsId = comments.id;
  const sectionIds = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const [i, s] of data2011.sections.entries()) {
    const data = {
      cycleId,
      key: s.key,
      title: s.title,
      leadIn: s.leadIn,
      priority: s.priority ? ("PRIORITY" as const) : ("OTHER" as const),
      order: i + 1,
    };
    const row = await ensure(
      tx,
      counts,
      "ReportSection",
      () => tx.reportSection.findUnique({ where: { cycleId_key: { cycleId, key: s.key } } }),
      () => tx.reportSection.create({ data }),
      data,
      { cycleId },
    );
    sectionIds.set(s.key, row.id);
    titles.set(s.key, s.title);
  }
  for (const t of data2011.topics) {
    const key = `${t.section}/${t.key}`;
    const data = {
      cycleId,
      parentId: sectionIds.get(t.section)!,
      key,
      title: t.title,
      priority: "OTHER" as const,
      order: t.order,
    };
    const row = await ensure(
      tx,
      counts,
      "ReportSection",
      () => tx.reportSection.findUnique({ where: { cycleId_key: { cycleId, key } } }),
      () => tx.reportSection.create({ data }),
      data,
      { cycleId },
    );
    sectionIds.set(key, row.id);
    titles.set(key, t.title);
  }
  for (const item of data2011.items) {
    const sectionKey = item.topic ? `${item.section}/${item.topic}` : item.section;
    const where = [titles.get(item.section), item.topic ? titles.get(sectionKey) : null].filter(Boolean).join(" › ");
    const location = `Part “Recommendations”, ${where}, recommendation ${item.label}`;
    const data = {
      cycleId,
      sectionId: sectionIds.get(sectionKey)!,
      label: item.label,
      number: item.number,
      letter: item.letter,
      order: reportOrder(item.number, item.letter),
      priority: item.section === "A" ? ("PRIORITY" as const) : ("OTHER" as const),
      leadIn: item.leadIn,
      text: item.text,
      textVerification: "VERIFIED" as const,
      sourceDocumentId: commentsId,
      sourceLocation: location,
      provenance: "ODIHR's text as quoted (in italics) in the CEC's Comments on the final report.",
      version: 1,
    };
    const rec = await ensure(
      tx,
      counts,
      "Recommendation",
      () => tx.recommendation.findUnique({ where: { cycleId_label: { cycleId, label: item.label } } }),
      () => tx.recommendation.create({ data }),
      data,
      { cycleId },
    );
    // The first response of the series: dated by bounds, as the sources allow (no guessed day).
    const resp = {
      status: item.response.status,
      text: item.response.text,
      statusSentence: item.response.statusSentence,
      datePrecision: "RANGE" as const,
      dateFrom: day(comments.dated.notBefore),
      dateTo: day(comments.dated.notAfter)!,
      dateNote: comments.dated.note,
      documentId: commentsId,
      location: `Part “Recommendations”, “The CEC standpoint” on recommendation ${item.label}`,
      sourceUrl: null,
      version: 1,
    };
    await ensure(
      tx,
      counts,
      "StateResponse",
      () => tx.stateResponse.findFirst({ where: { recommendationId: rec.id, documentId: commentsId } }),
      () => tx.stateResponse.create({ data: { ...resp, recommendationId: rec.id } }),
      resp,
      { cycleId, recommendationId: rec.id },
    );
  }
}

/** Loads the seed files and creates whatever is missing. Safe to run again. */
export async function seedDatabase(prisma: PrismaClient): Promise<SeedCounts> {
  const { catalog, cec2011 } = loadSeedData();
  const counts: Record<string, number> = {};
  const institutions = loadInstitutionSeed(catalog.documents);
  await prisma.$transaction(
    async (tx) => {
      await seedCatalog(tx, catalog, cec2011, counts);
      await seedInstitutions(tx, institutions, counts);
      await seedThemes(tx, counts);
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  return { created: counts };
}
