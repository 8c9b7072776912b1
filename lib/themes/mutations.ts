// Themes (kept by admins) and the themes of recommendations (set by editors), each change audited in its
// transaction: a theme's creation and edits as "Theme" events, each theme given or taken away as one
// "RecommendationTheme" assign/unassign event (entity "recommendation:theme"), like responsible institutions.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type Actor, type Tx } from "@/lib/audit/record";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { auditCreate, versionedUpdate } from "@/lib/mutations/versioned";
import { findRecommendationScope } from "@/lib/mutations/references";
import type { BulkAssign, EditTheme, NewTheme, SetThemes } from "./schema";

export const THEME_FIELDS = ["name", "active"] as const;
const noScope = { cycleId: null, recommendationId: null };
const taken = () => new Abort({ kind: "invalid", fieldErrors: { name: ["A theme with this name already exists"] } });

export async function createTheme(db: PrismaClient, actor: Actor, input: NewTheme): Promise<Outcome> {
  return runOutcome(() => db.$transaction(async (tx) => ({ id: (await insertTheme(tx, actor, input.name, null)).id })));
}

/** Adds one theme and its "create" event (also used by the seed, with the system actor and a reason). */
export async function insertTheme(tx: Tx, actor: Actor, name: string, reason: string | null) {
  if (await tx.theme.findUnique({ where: { name }, select: { id: true } })) throw taken();
  const row = await tx.theme.create({ data: { name } });
  await auditCreate(tx, actor, "Theme", row, THEME_FIELDS, noScope, reason);
  return row;
}

export async function editTheme(db: PrismaClient, actor: Actor, input: EditTheme): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const current = await tx.theme.findUnique({ where: { id: input.id } });
      if (!current) throw new Abort({ kind: "not-found", message: "This theme does not exist." });
      const clash = await tx.theme.findUnique({ where: { name: input.name }, select: { id: true } });
      if (clash && clash.id !== current.id) throw taken();
      return versionedUpdate({
        tx,
        actor,
        entityType: "Theme",
        current,
        openedVersion: input.version,
        fields: THEME_FIELDS,
        data: { name: input.name, active: input.active },
        reason: input.reason,
        scope: noScope,
        write: async (d, version) =>
          (
            await tx.theme.updateManyAndReturn({
              where: { id: current.id, version },
              data: { ...d, version: { increment: 1 } },
            })
          )[0] ?? null,
      });
    }),
  );
}

type Scope = { cycleId: string; recommendationId: string };
async function assign(tx: Tx, actor: Actor, scope: Scope, theme: { id: string; name: string }, reason?: string) {
  await tx.recommendationTheme.create({ data: { recommendationId: scope.recommendationId, themeId: theme.id } });
  await recordAudit(tx, {
    actor,
    action: "assign",
    entityType: "RecommendationTheme",
    entityId: `${scope.recommendationId}:${theme.id}`,
    ...scope,
    changes: { themeId: { from: null, to: theme.id }, theme: { from: null, to: theme.name } },
    reason: reason ?? null,
  });
}

const chooseFromList = (field: string) =>
  new Abort({ kind: "invalid", fieldErrors: { [field]: ["Choose a theme from the list"] } });

/** The recommendation's themes become the ticked ones: one event per theme given or taken away. */
export async function setThemes(db: PrismaClient, actor: Actor, input: SetThemes): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const rec = await findRecommendationScope(tx, input.recommendationId);
      const current = await tx.recommendationTheme.findMany({
        where: { recommendationId: rec.id },
        select: { theme: { select: { id: true, name: true } } },
      });
      const had = new Set(current.map((c) => c.theme.id));
      const wanted = new Set(input.themeIds);
      const added = [...wanted].filter((t) => !had.has(t));
      // Only active themes can be given; a deactivated one a recommendation already has may stay ticked.
      const themes = await tx.theme.findMany({
        where: { id: { in: added }, active: true },
        select: { id: true, name: true },
      });
      if (themes.length !== added.length) throw chooseFromList("themeIds");
      for (const t of themes.sort((a, b) => a.name.localeCompare(b.name)))
        await assign(tx, actor, rec.scope, t, input.reason);
      const removed = current.filter((c) => !wanted.has(c.theme.id));
      for (const { theme } of removed) {
        await tx.recommendationTheme.delete({
          where: { recommendationId_themeId: { recommendationId: rec.id, themeId: theme.id } },
        });
        await recordAudit(tx, {
          actor,
          action: "unassign",
          entityType: "RecommendationTheme",
          entityId: `${rec.id}:${theme.id}`,
          ...rec.scope,
          changes: { themeId: { from: theme.id, to: null }, theme: { from: theme.name, to: null } },
          reason: input.reason ?? null,
        });
      }
      return { id: rec.id, added: themes.length, removed: removed.length };
    }),
  );
}

/**
 * One theme given to many recommendations in one transaction: one event per recommendation that did not have it
 * yet; if any recommendation is missing (deleted meanwhile), nothing is saved.
 */
export type BulkAssigned = { id: string; added: number; already: number; name: string };
export async function bulkAssignTheme(
  db: PrismaClient,
  actor: Actor,
  input: BulkAssign,
): Promise<Outcome<BulkAssigned>> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const theme = await tx.theme.findUnique({
        where: { id: input.themeId },
        select: { id: true, name: true, active: true },
      });
      if (!theme?.active) throw chooseFromList("themeId");
      const ids = [...new Set(input.recommendationIds)];
      const recs = await tx.recommendation.findMany({
        where: { id: { in: ids } },
        select: { id: true, cycleId: true, themes: { where: { themeId: theme.id }, select: { themeId: true } } },
        orderBy: [{ cycleId: "asc" }, { order: "asc" }],
      });
      if (recs.length !== ids.length)
        throw new Abort({ kind: "not-found", message: "A selected recommendation does not exist (any more)." });
      let added = 0;
      for (const r of recs.filter((r) => r.themes.length === 0)) {
        await assign(tx, actor, { cycleId: r.cycleId, recommendationId: r.id }, theme, input.reason);
        added++;
      }
      return { id: theme.id, added, already: recs.length - added, name: theme.name };
    }),
  );
}
