// The review cycle shared by both kinds of contributor draft (follow-up drafts and progress updates, see
// docs/decisions/011 and 014): DRAFT → SUBMITTED → RETURNED (with a comment) → SUBMITTED … → PUBLISHED.
// Every step is one transaction with its audit event, `UPDATE … WHERE version = opened`; who may take a step is
// decided here from the user as the database has them now (lib/auth/policy.ts), not from the form. A kind
// (./kinds.ts) says which table holds its drafts and how publishing creates the published record.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Publication } from "@/lib/vocab";
import type { EntityType } from "@/lib/audit/catalogue";
import { recordAudit, type Actor, type Tx } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import { scheduleDelivery } from "@/lib/notifications/deliver";
import { diffFields } from "@/lib/audit/hash";
import { canChangeDraft, canContributeTo, canDecideDraft, canSeeDraft, type SessionUser } from "@/lib/auth/policy";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { findRecommendationScope } from "@/lib/mutations/references";
import type { Updated } from "@/lib/mutations/versioned";
import type { DraftStep, ReturnDraft } from "./schema";

/** What every draft row has, whatever its kind. */
export interface DraftRow extends Record<string, unknown> {
  id: string;
  recommendationId: string;
  institutionId: string;
  authorId: string | null;
  publication: Publication;
  version: number;
}

/** The two Prisma calls the cycle makes on a kind's table. */
export interface DraftTable {
  findUnique(args: { where: { id: string } }): Promise<DraftRow | null>;
  updateManyAndReturn(args: { where: { id: string; version: number }; data: never }): Promise<DraftRow[]>;
}

type Scope = { cycleId: string; recommendationId: string };

export interface DraftKind {
  entityType: Extract<EntityType, "FollowUpDraft" | "StateResponseDraft">;
  table: (tx: Tx) => DraftTable;
  /** In messages: "draft", "progress update". */
  noun: string;
  /** In notifications: "follow-up draft", "progress update". */
  title: string;
  /** The fields a review step may change (the link to the published record is named per kind). */
  reviewFields: readonly string[];
  /** Creates the published record exactly as an editor's own entry; returns what the draft records of it. */
  publish(tx: Tx, actor: Actor, draft: DraftRow, scope: Scope, reason: string): Promise<Record<string, string>>;
}

export const refuse = (message: string): never => {
  throw new Abort({ kind: "invalid", fieldErrors: { form: [message] } });
};

const conflict = (version: number): never => {
  throw new Abort({ kind: "conflict", changes: [], conflicts: [], merged: null, currentVersion: version });
};

/** The acting user as the database has them (role and institution may have changed since sign-in). */
export async function userOf(tx: Tx, actor: Actor): Promise<SessionUser | null> {
  if (!actor.id) return null;
  const u = await tx.user.findUnique({
    where: { id: actor.id },
    select: { id: true, name: true, email: true, role: true, institutionId: true, active: true },
  });
  return u?.active ? { id: u.id, name: u.name, email: u.email, role: u.role, institutionId: u.institutionId } : null;
}

export async function mayContribute(tx: Tx, user: SessionUser | null, recommendationId: string) {
  const rows = await tx.recommendationInstitution.findMany({
    where: { recommendationId },
    select: { institutionId: true },
  });
  if (
    !canContributeTo(
      user,
      rows.map((r) => r.institutionId),
    )
  )
    refuse("Your institution is not responsible for this recommendation: you cannot submit follow-up on it.");
}

export async function loadDraft(tx: Tx, kind: DraftKind, user: SessionUser | null, id: string) {
  const draft = await kind.table(tx).findUnique({ where: { id } });
  // A draft someone may not see is reported as missing: its existence is not theirs to learn.
  if (!draft || !canSeeDraft(user, draft))
    throw new Abort({ kind: "not-found", message: `This ${kind.noun} does not exist, or it is not yours to see.` });
  return { draft, rec: await findRecommendationScope(tx, draft.recommendationId) };
}

/** One review step: `UPDATE … WHERE version = opened`, then its audit event with the fields it changed. */
async function step(
  tx: Tx,
  kind: DraftKind,
  actor: Actor,
  draft: DraftRow,
  openedVersion: number,
  action: "submit" | "return" | "publish",
  data: { publication: Publication } & Record<string, unknown>,
  scope: Scope,
  reason: string | null = null,
): Promise<Updated> {
  const [row] = await kind.table(tx).updateManyAndReturn({
    where: { id: draft.id, version: openedVersion },
    data: { ...data, version: { increment: 1 } } as never,
  });
  if (!row) return conflict(draft.version);
  await recordAudit(tx, {
    actor,
    action,
    entityType: kind.entityType,
    entityId: draft.id,
    ...scope,
    changes: diffFields(draft, row, [...kind.reviewFields, "version"]),
    reason,
  } as Parameters<typeof recordAudit>[1]);
  return { id: draft.id, changed: true, version: row.version, rebasedOver: [] };
}

/** Its author submits a draft (or resubmits a returned one) for review, while their institution is responsible. */
export function submit(kind: DraftKind, db: PrismaClient, actor: Actor, input: DraftStep): Promise<Outcome<Updated>> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const user = await userOf(tx, actor);
      const { draft, rec } = await loadDraft(tx, kind, user, input.id);
      if (!canChangeDraft(user, draft)) refuse(`This ${kind.noun} is already in review or published.`);
      await mayContribute(tx, user, rec.id);
      const data = { publication: "SUBMITTED" as const, submittedAt: new Date() };
      return step(tx, kind, actor, draft, input.version, "submit", data, rec.scope);
    }),
  );
}

/** An editor returns a submitted draft to its author with a comment (also the event's reason). */
export async function giveBack(
  kind: DraftKind,
  db: PrismaClient,
  actor: Actor,
  input: ReturnDraft,
): Promise<Outcome<Updated>> {
  const outcome = await runOutcome(() =>
    db.$transaction(async (tx) => {
      const user = await userOf(tx, actor);
      const { draft, rec } = await loadDraft(tx, kind, user, input.id);
      if (!canDecideDraft(user, draft))
        refuse(`Only a submitted ${kind.noun} can be returned; this one is not awaiting review.`);
      // The author hears of it in the same transaction (in the app; by e-mail as they chose).
      await notify(tx, {
        userIds: draft.authorId ? [draft.authorId] : [],
        kind: "RETURNED_DRAFT",
        recommendationId: rec.id,
        text: `${actor.label} returned your ${kind.title} with a comment.`,
        exceptUserId: actor.id,
      });
      const data = { publication: "RETURNED" as const, reviewComment: input.comment };
      return step(tx, kind, actor, draft, input.version, "return", data, rec.scope, input.comment);
    }),
  );
  if (outcome.kind === "ok") scheduleDelivery();
  return outcome;
}

/**
 * An editor publishes a submitted draft: the kind creates the published record (the author's words, their name
 * as its author; the editor's name on the event, with the submitter in its reason) and the draft points to it.
 * From then on it is an ordinary record, corrected or withdrawn by editors. Its author is told.
 */
export async function publish(
  kind: DraftKind,
  db: PrismaClient,
  actor: Actor,
  input: DraftStep,
): Promise<Outcome<Updated>> {
  const outcome = await runOutcome(() =>
    db.$transaction(async (tx) => {
      const user = await userOf(tx, actor);
      const { draft, rec } = await loadDraft(tx, kind, user, input.id);
      if (!canDecideDraft(user, draft))
        refuse(`Only a submitted ${kind.noun} can be published; this one is not awaiting review.`);
      if (draft.version !== input.version) conflict(draft.version);
      const author = draft.authorId
        ? await tx.user.findUnique({ where: { id: draft.authorId }, select: { name: true } })
        : null;
      const reason = `Published from a ${kind.noun} submitted by ${author?.name ?? "a contributor"}`;
      const link = await kind.publish(tx, actor, draft, rec.scope, reason);
      await notify(tx, {
        userIds: draft.authorId ? [draft.authorId] : [],
        kind: "PUBLISHED_DRAFT",
        recommendationId: rec.id,
        text: `${actor.label} published your ${kind.title}.`,
        exceptUserId: actor.id,
      });
      const data = { publication: "PUBLISHED" as const, ...link };
      return step(tx, kind, actor, draft, input.version, "publish", data, rec.scope);
    }),
  );
  if (outcome.kind === "ok") scheduleDelivery();
  return outcome;
}
