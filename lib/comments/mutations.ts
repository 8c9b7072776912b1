// Comments: posted by those who take part in the discussion (lib/comments/policy.ts: editors, admins, and the
// contributors of the institutions assigned to the recommendation), corrected by their author within the edit
// window, then kept. Each create and edit writes its audit event, and notifies the people it newly mentions,
// in the same transaction; e-mails go out after commit.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { serverText } from "@/lib/i18n/server-messages-marker";
import { recordAudit, type Actor, type Tx } from "@/lib/audit/record";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { notify } from "@/lib/notifications/notify";
import { scheduleDelivery } from "@/lib/notifications/deliver";
import { bodyWithNames, resolveMentions, type Mentionable } from "./mentions";
import { COMMENT_EDIT_WINDOW_MS, DISCUSSION_ROLES, mayDiscuss, withinEditWindow, type Participant } from "./policy";
import type { EditComment, NewComment } from "./schema";

export interface CommentOptions {
  /** The clock (tests inject one to cross the edit window). */
  now?: Date;
  /** Write outbox e-mails (default: when SMTP is configured). */
  email?: boolean;
}

/** The institutions assigned to a recommendation now (who, besides editors and admins, may discuss it). */
export async function assignedInstitutionIds(db: Tx | PrismaClient, recommendationId: string): Promise<string[]> {
  const rows = await db.recommendationInstitution.findMany({
    where: { recommendationId },
    select: { institutionId: true },
  });
  return rows.map((r) => r.institutionId);
}

/**
 * Everyone who can be mentioned in the discussion of a recommendation: active editors and admins, and the
 * active contributors of the institutions assigned to it (`assigned`), as lib/comments/policy.ts says.
 */
export async function mentionablePeople(db: Tx | PrismaClient, assigned: readonly string[]): Promise<Mentionable[]> {
  const rows = await db.user.findMany({
    where: {
      active: true,
      OR: [{ role: { in: [...DISCUSSION_ROLES] } }, { role: "CONTRIBUTOR", institutionId: { in: [...assigned] } }],
    },
    select: { id: true, name: true, email: true, role: true, institutionId: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  return rows.filter((u) => mayDiscuss(u, assigned)).map(({ id, name, email }) => ({ id, name, email }));
}

/** The person behind an actor as the rules need them; null for a deactivated or unknown one. */
async function participantOf(tx: Tx, actor: Actor): Promise<Participant | null> {
  if (!actor.id) return null;
  const u = await tx.user.findUnique({
    where: { id: actor.id },
    select: { role: true, institutionId: true, active: true },
  });
  return u?.active ? { role: u.role, institutionId: u.institutionId } : null;
}

const recSelect = { id: true, label: true, cycleId: true, cycle: { select: { year: true } } } as const;

function excerpt(body: string, people: Mentionable[]): string {
  const text = bodyWithNames(body, (id) => people.find((p) => p.id === id)?.name).replace(/\s+/g, " ");
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

async function notifyMentions(
  tx: Tx,
  actor: Actor,
  rec: { id: string; label: string; cycle: { year: number } },
  userIds: string[],
  body: string,
  people: Mentionable[],
  email: boolean | undefined,
) {
  if (userIds.length === 0) return;
  const where = serverText(`the discussion of ${rec.cycle.year} · recommendation ${rec.label}`);
  await notify(
    tx,
    {
      userIds,
      exceptUserId: actor.id,
      kind: "MENTION",
      recommendationId: rec.id,
      text: `${actor.label} mentioned you in ${where}: “${excerpt(body, people)}”`,
    },
    { email },
  );
}

export async function addComment(
  db: PrismaClient,
  actor: Actor,
  input: NewComment,
  o: CommentOptions = {},
): Promise<Outcome<{ id: string }>> {
  const outcome = await runOutcome(() =>
    db.$transaction(async (tx) => {
      const rec = await tx.recommendation.findUnique({ where: { id: input.recommendationId }, select: recSelect });
      const assigned = rec ? await assignedInstitutionIds(tx, rec.id) : [];
      // A contributor whose institution is not assigned learns nothing: the recommendation "does not exist".
      if (!rec || !mayDiscuss(await participantOf(tx, actor), assigned))
        throw new Abort({ kind: "not-found", message: "This recommendation does not exist." });
      const people = await mentionablePeople(tx, assigned);
      const r = resolveMentions(input.body, people);
      if (!r.ok) throw new Abort({ kind: "invalid", fieldErrors: { body: r.errors } });
      const row = await tx.comment.create({
        data: {
          recommendationId: rec.id,
          authorId: actor.id,
          body: r.body,
          mentionIds: r.mentionIds,
          ...(o.now ? { createdAt: o.now } : {}),
        },
      });
      await recordAudit(tx, {
        actor,
        action: "create",
        entityType: "Comment",
        entityId: row.id,
        cycleId: rec.cycleId,
        recommendationId: rec.id,
        changes: {
          body: { from: null, to: r.body },
          mentionIds: { from: null, to: r.mentionIds },
        },
      });
      await notifyMentions(tx, actor, rec, r.mentionIds, r.body, people, o.email);
      return { id: row.id };
    }),
  );
  if (outcome.kind === "ok") scheduleDelivery();
  return outcome;
}

const minutes = COMMENT_EDIT_WINDOW_MS / 60_000;

export async function editComment(
  db: PrismaClient,
  actor: Actor,
  input: EditComment,
  o: CommentOptions = {},
): Promise<Outcome<{ id: string }>> {
  const now = o.now ?? new Date();
  const outcome = await runOutcome(() =>
    db.$transaction(async (tx) => {
      const c = await tx.comment.findUnique({
        where: { id: input.id },
        include: { recommendation: { select: recSelect } },
      });
      const assigned = c ? await assignedInstitutionIds(tx, c.recommendationId) : [];
      if (!c || !mayDiscuss(await participantOf(tx, actor), assigned))
        throw new Abort({ kind: "not-found", message: "This comment does not exist." });
      if (c.authorId === null || c.authorId !== actor.id)
        throw new Abort({ kind: "invalid", fieldErrors: { form: ["Only its author can change a comment."] } });
      if (!withinEditWindow(c.createdAt, now))
        throw new Abort({
          kind: "invalid",
          fieldErrors: {
            form: [
              `A comment can be changed for ${minutes} minutes after it is posted; this one is now kept as written.`,
            ],
          },
        });
      const people = await mentionablePeople(tx, assigned);
      const r = resolveMentions(input.body, people, c.mentionIds);
      if (!r.ok) throw new Abort({ kind: "invalid", fieldErrors: { body: r.errors } });
      if (r.body === c.body) return { id: c.id };
      await tx.comment.update({ where: { id: c.id }, data: { body: r.body, mentionIds: r.mentionIds, editedAt: now } });
      const sameMentions = r.mentionIds.join() === c.mentionIds.join();
      await recordAudit(tx, {
        actor,
        action: "update",
        entityType: "Comment",
        entityId: c.id,
        cycleId: c.recommendation.cycleId,
        recommendationId: c.recommendationId,
        changes: {
          body: { from: c.body, to: r.body },
          ...(sameMentions ? {} : { mentionIds: { from: c.mentionIds, to: r.mentionIds } }),
        },
      });
      const added = r.mentionIds.filter((id) => !c.mentionIds.includes(id));
      await notifyMentions(tx, actor, c.recommendation, added, r.body, people, o.email);
      return { id: c.id };
    }),
  );
  if (outcome.kind === "ok") scheduleDelivery();
  return outcome;
}
