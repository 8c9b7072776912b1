// The database the action property tests run against: the seeded data, users of every role (one of them
// deactivated), a few rows of each kind to aim at, and a cheap snapshot to tell "nothing was written".
import type { Database } from "@/lib/db/client";
import { createTestDatabase, useAsAppDatabase } from "@/lib/db/test-db";
import { seededWithUsers } from "@/lib/test/fixtures";
import { changeRole, setActive, createInvite } from "@/lib/users/admin-mutations";
import { issueApiToken } from "@/lib/api-tokens/mutations";
import { commitReportImport } from "@/lib/report-import/mutations";
import { CommitImportSchema } from "@/lib/report-import/schema";
import { findActiveUser } from "@/lib/users/queries";
import { createInstitution } from "@/lib/institutions/mutations";
import { linkRecommendations } from "@/lib/links/mutations";
import { addAssessment } from "@/lib/assessments/mutations";
import { NewAssessmentSchema } from "@/lib/assessments/schema";
import { addFollowUp } from "@/lib/follow-ups/mutations";
import { NewFollowUpSchema } from "@/lib/follow-ups/schema";
import type { SessionUser } from "@/lib/auth/policy";
import { createUser } from "@/lib/users/mutations";
import { attachEvidence } from "@/lib/evidence/mutations";
import { addComment } from "@/lib/comments/mutations";
import { assignInstitution } from "@/lib/institutions/mutations";
import { AssignmentSchema } from "@/lib/institutions/schema";
import { createDraft, submitDraft } from "@/lib/review/mutations";
import { NewDraftSchema, NewProgressDraftSchema } from "@/lib/review/schema";
import { createProgressDraft, submitProgressDraft } from "@/lib/review/progress-mutations";
import { makeContributor } from "@/lib/test/fixtures";
import { issuePasswordReset } from "@/lib/users/password-resets";
import { addTranslation } from "@/lib/translations/mutations";

export type Role = "anonymous" | "viewer" | "contributor" | "editor" | "admin" | "deactivated";
export const ROLES: Role[] = ["anonymous", "viewer", "contributor", "editor", "admin", "deactivated"];
/** The seeded users' password (lib/test/fixtures.ts). */
export const PASSWORD = "test-password-123";

export interface World {
  db: Database;
  users: Record<Exclude<Role, "anonymous">, string>;
  /** Ids to aim at, by kind; `any` holds every kind (a wrong-kind id is a hostile value too). */
  pools: Record<string, string[]>;
  inviteTokens: string[];
  /** The contributor's institution (responsible for every recommendation of the pool). */
  contributorInstitution: string;
  /** One-time password reset links of two users who never act in the tests. */
  resetTokens: string[];
}

const ids = async (rows: Promise<{ id: string }[]>) => (await rows).map((r) => r.id);

export async function makeWorld(): Promise<World> {
  const db = await createTestDatabase();
  useAsAppDatabase(db);
  const u = await seededWithUsers(db);
  const admin = u.actor(u.admin);
  await setActive(db.prisma, admin, { userId: u.editor2.id, active: false, reason: "left" });
  const p = db.prisma;
  await createInstitution(p, admin, { name: "Ministry of Justice" });
  // Recommendations of 2011 and of earlier cycles (a link goes from a later one to an earlier one).
  const recs = async (slug: string) =>
    ids(
      p.recommendation.findMany({
        where: { cycle: { slug } },
        take: 3,
        orderBy: { label: "asc" },
        select: { id: true },
      }),
    );
  const recommendation = [...(await recs("kz-2011")), ...(await recs("kz-2007"))];
  await linkRecommendations(p, admin, { fromId: recommendation[0]!, toId: recommendation[3]!, kind: "REPEATS" });
  // Translations to correct and remove (lib/translations).
  const translation: string[] = [];
  for (const [i, rec] of recommendation.slice(0, 2).entries()) {
    const made = await addTranslation(p, admin, {
      subject: "RECOMMENDATION_TEXT",
      subjectId: rec,
      language: i === 0 ? "RU" : "KK",
      kind: "WORKING",
      text: i === 0 ? "Рабочий перевод" : "Жұмыс аудармасы",
      translator: "Property test",
    });
    if (made.kind !== "ok") throw new Error(`translation for the property tests failed: ${JSON.stringify(made)}`);
    translation.push(made.value.id);
  }
  for (const [i, rec] of recommendation.slice(0, 4).entries()) {
    const date = `201${i}-05`;
    await addAssessment(
      p,
      admin,
      NewAssessmentSchema.parse({
        recommendationId: rec,
        status: "NOT_IMPLEMENTED",
        assessorType: "CIVIL_SOCIETY",
        date,
        rationale: "r",
      }),
    );
    await addFollowUp(p, admin, NewFollowUpSchema.parse({ recommendationId: rec, date, actionTaken: "Round table" }));
  }
  const cycle2005 = await p.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2005" } });
  const imported = await commitReportImport(
    p,
    admin,
    CommitImportSchema.parse({
      cycleId: cycle2005.id,
      items: JSON.stringify([
        { label: "900", section: null, topic: null, leadIn: null, text: "Imported", response: null },
      ]),
    }),
  );
  const token = await issueApiToken(p, admin, { name: "Fuzz token" });
  const inviteTokens: string[] = [];
  for (const role of ["EDITOR", "VIEWER"] as const) {
    const inv = await createInvite(p, admin, { email: `invited-${role.toLowerCase()}@test.example`, role });
    if (inv.kind === "ok") inviteTokens.push(inv.value.token);
  }
  // Reset links: two to be used by resetPassword, one kept for voidPasswordReset, each for a user who never acts.
  const resetTokens: string[] = [];
  const voidable: string[] = [];
  const withPassword: string[] = [];
  for (const n of [1, 2, 3]) {
    const email = `reset${n}@test.example`;
    const user = await createUser(p, { email, name: `Reset ${n}`, role: "VIEWER", password: PASSWORD });
    withPassword.push(user.id);
    const reset = await issuePasswordReset(p, admin, { userId: user.id });
    if (reset.kind !== "ok") continue;
    if (n < 3) resetTokens.push(reset.value.token);
    else voidable.push((await p.passwordReset.findFirstOrThrow({ where: { userId: user.id } })).id);
  }
  // Invitations for revokeInvite to aim at (acceptInvite uses up the two above).
  const revocable: string[] = [];
  for (const n of [1, 2, 3]) {
    const inv = await createInvite(p, admin, { email: `revocable${n}@test.example`, role: "VIEWER" });
    if (inv.kind === "ok") revocable.push(inv.value.id);
  }
  // Discussion and evidence: a comment by each acting role (only its author may edit it, for 15 minutes), a
  // notification for each, and a file on a follow-up for removeEvidence.
  const comment: string[] = [];
  const notification: string[] = [];
  const savedView: string[] = [];
  for (const person of [u.admin, u.editor, u.viewer]) {
    const userId = person.id;
    // Through the real, audited mutation (a viewer may not comment: the admin writes one for the pool then).
    const by = person === u.viewer ? admin : u.actor(person);
    const c = await addComment(p, by, { recommendationId: recommendation[0]!, body: "c" });
    if (c.kind === "ok") comment.push(c.value.id);
    const note = await p.notification.create({ data: { userId, kind: "MENTION", text: "n" } });
    notification.push(note.id);
    const view = await p.savedView.create({
      data: { userId, name: "Mine", nameKey: "mine", page: "SEARCH", params: { q: "media" } },
    });
    savedView.push(view.id);
  }
  const evidence: string[] = [];
  const followUpIds = await ids(p.followUp.findMany({ take: 3, select: { id: true } }));
  for (const [i, entryId] of followUpIds.entries()) {
    const bytes = new TextEncoder().encode(`%PDF-1.4\n% fuzz ${i}\n%%EOF\n`);
    const me = (await findActiveUser(u.admin.id))!;
    const r = await attachEvidence(
      p,
      admin,
      { entryKind: "followUp", entryId, bytes, kind: "pdf", name: `f${i}.pdf`, reason: null },
      me,
    );
    if (r.kind === "ok") evidence.push(r.value.id);
  }
  // A contributor of an institution responsible for every recommendation of the pool, with drafts in review.
  const institution = await p.institution.findFirstOrThrow({ where: { active: true }, orderBy: { name: "asc" } });
  for (const recommendationId of recommendation) {
    const a = await assignInstitution(
      p,
      admin,
      AssignmentSchema.parse({ recommendationId, institutionId: institution.id, date: "2012" }),
    );
    if (a.kind !== "ok") throw new Error(`assigning for the property tests failed: ${JSON.stringify(a)}`);
  }
  const contributorUser = await makeContributor(db, institution.id, "Cora Fuzz");
  const contributor = { id: contributorUser.id, label: "Cora Fuzz" };
  // Drafts the contributor may still change (3) and drafts in review (20: publishDraft and returnDraft use them up).
  const draftOpen: string[] = [];
  const draftSubmitted: string[] = [];
  for (let i = 0; i < 23; i++) {
    const recommendationId = recommendation[i % recommendation.length]!;
    const made = await createDraft(
      p,
      contributor,
      NewDraftSchema.parse({ recommendationId, date: "2013", actionTaken: "d" }),
    );
    if (made.kind !== "ok") throw new Error(`draft for the property tests failed: ${JSON.stringify(made)}`);
    if (i < 3) draftOpen.push(made.value.id);
    else {
      await submitDraft(p, contributor, { id: made.value.id, version: 1 });
      draftSubmitted.push(made.value.id);
    }
  }
  // The same for progress updates (a state response in review), on the same cycle of review (lib/review/cycle.ts).
  const progressOpen: string[] = [];
  const progressSubmitted: string[] = [];
  for (let i = 0; i < 23; i++) {
    const recommendationId = recommendation[i % recommendation.length]!;
    const input = NewProgressDraftSchema.parse({ recommendationId, date: "2013", status: "ACCEPTED_IN_PART" });
    const made = await createProgressDraft(p, contributor, input);
    if (made.kind !== "ok") throw new Error(`progress update for the property tests failed: ${JSON.stringify(made)}`);
    if (i < 3) progressOpen.push(made.value.id);
    else {
      await submitProgressDraft(p, contributor, { id: made.value.id, version: 1 });
      progressSubmitted.push(made.value.id);
    }
  }
  const take = { take: 6, select: { id: true } } as const;
  const pools: Record<string, string[]> = {
    recommendation,
    cycle: await ids(p.electionCycle.findMany(take)),
    document: await ids(p.document.findMany(take)),
    institution: await ids(p.institution.findMany(take)),
    theme: await ids(p.theme.findMany(take)),
    country: await ids(p.country.findMany(take)),
    section: await ids(p.reportSection.findMany(take)),
    // Users with a password too (the seeded ones have none), so that issuePasswordReset can succeed.
    user: [...(await ids(p.user.findMany(take))), ...withPassword],
    assessment: await ids(p.assessment.findMany(take)),
    followUp: await ids(p.followUp.findMany(take)),
    response: await ids(p.stateResponse.findMany(take)),
    apiToken: token.kind === "ok" ? [token.value.id] : [],
    reportImport: imported.kind === "ok" && imported.value.id ? [imported.value.id] : [],
    invite: revocable,
    passwordReset: voidable,
    comment,
    notification,
    savedView,
    draftOpen,
    draftSubmitted,
    progressOpen,
    progressSubmitted,
    evidence,
    translation,
  };
  pools.any = Object.values(pools).flat();
  // The admin first: restoreActors makes them admin again before demoting anyone else.
  const users = {
    admin: u.admin.id,
    editor: u.editor.id,
    viewer: u.viewer.id,
    contributor: contributorUser.id,
    deactivated: u.editor2.id,
  };
  return { db, users, pools, inviteTokens, resetTokens, contributorInstitution: institution.id };
}

const ROLE_OF = {
  viewer: "VIEWER",
  editor: "EDITOR",
  admin: "ADMIN",
  contributor: "CONTRIBUTOR",
  deactivated: "EDITOR",
} as const;
/**
 * Puts the acting users back as they were (the fuzzed changeRole and setActive may demote or deactivate
 * them): through the real, audited mutations, between two checked calls.
 */
export async function restoreActors(w: World): Promise<void> {
  const system = { id: null, label: "Property test" };
  for (const [role, id] of Object.entries(w.users) as [Exclude<Role, "anonymous">, string][]) {
    const u = await w.db.prisma.user.findUniqueOrThrow({
      where: { id },
      select: { role: true, active: true, institutionId: true },
    });
    if (u.role !== ROLE_OF[role] || (role === "contributor" && u.institutionId !== w.contributorInstitution)) {
      const institutionId = role === "contributor" ? w.contributorInstitution : undefined;
      await changeRole(w.db.prisma, system, { userId: id, role: ROLE_OF[role], institutionId });
    }
    const active = role !== "deactivated";
    if (u.active !== active) await setActive(w.db.prisma, system, { userId: id, active, reason: "property test" });
  }
}

/** The user as the app sees them: read from the database (null when deactivated or anonymous). */
export const userFor = (w: World, role: Role): Promise<SessionUser | null> =>
  role === "anonymous" ? Promise.resolve(null) : findActiveUser(w.users[role]);

// Not compared: a cache that reads may fill, and security records that a refusal may write by design.
// Notifications, their preferences and the e-mail outbox are messages to people, not tracked data (decision 009):
// they change without an audit event by design.
const NOT_SNAPSHOT =
  /^(_prisma_migrations|recommendation_similar_cache|sign_in_throttles|notifications|notification_preferences|saved_views|email_outbox|security_.*|.*_log)$/;

export interface Snapshot {
  counts: Record<string, number>;
  head: string | null;
}

let tables: string[] | null = null;
/** Row counts of every table and the audit chain's head: cheap enough to take before and after each call. */
export async function snapshot(db: Database): Promise<Snapshot> {
  tables ??= (
    await db.prisma.$queryRawUnsafe<{ t: string }[]>(
      `SELECT table_name AS t FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
    )
  )
    .map((r) => r.t)
    .filter((t) => !NOT_SNAPSHOT.test(t));
  const rows = await db.prisma.$queryRawUnsafe<{ t: string; n: number }[]>(
    tables.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM "${t}"`).join(" UNION ALL "),
  );
  const head = await db.prisma.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  return { counts: Object.fromEntries(rows.map((r) => [r.t, Number(r.n)])), head: head?.hash ?? null };
}

/** A versioned row's current version, found by its id in whichever table holds it ("1" when none does). */
export async function currentVersion(db: Database, id: string): Promise<string> {
  if (!/^[a-z0-9]{20,40}$/.test(id)) return "1";
  const tablesWithVersion = [
    "countries",
    "election_cycles",
    "documents",
    "recommendations",
    "state_responses",
    "assessments",
    "institutions",
    "themes",
    "follow_ups",
    "follow_up_drafts",
    "state_response_drafts",
    "content_translations",
  ];
  const rows = await db.prisma.$queryRawUnsafe<{ v: number }[]>(
    tablesWithVersion.map((t) => `SELECT version AS v FROM "${t}" WHERE id = $1`).join(" UNION ALL "),
    id,
  );
  return String(rows[0]?.v ?? 1);
}
