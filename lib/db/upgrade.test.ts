// A database written by the previous release (one response row per
// recommendation, exact-day dates, no version tables), upgraded: the
// migration keeps every row, the upgrade records the dates it set, builds the
// tracker's time line from the log, and audit:verify passes on both halves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GENESIS_HASH, hashEvent } from "@/lib/audit/hash";
import { verifyAuditChain } from "@/lib/audit/verify";
import { verifyTables } from "@/lib/audit/verify-tables";
import { MIGRATIONS_DIR, type Database } from "./client";
import { applyMigrations, loadMigrations } from "./migrate";
import { createTestDatabase, testEngine } from "./test-db";
import { upgradeData } from "./upgrade";

const ALL = loadMigrations(MIGRATIONS_DIR);
const OLD =
  "ODIHR''s text as quoted (in italics) in the CEC''s Comments on the final report; checked word for word against that document by the test suite.";
const BEFORE = ALL.filter((m) => m.name < "20261130");

describe(`upgrading a database of the previous release, on ${testEngine}`, () => {
  let db: Database;
  let seq = 0;
  let prev = GENESIS_HASH;
  const t0 = Date.parse("2026-11-22T10:00:00.000Z");

  /** An event exactly as the previous release wrote it. */
  async function event(entityType: string, entityId: string, action: string, changes: object, rec: string | null) {
    seq++;
    const content = {
      seq,
      occurredAt: new Date(t0 + seq * 60_000),
      actorId: null,
      actorLabel: "System (seed data)",
      action,
      entityType,
      entityId,
      cycleId: "cy1",
      recommendationId: rec,
      changes,
      reason: null,
    };
    const hash = hashEvent(prev, content);
    await db.sql.query(
      `INSERT INTO audit_events (seq, occurred_at, actor_id, actor_label, action, entity_type, entity_id, cycle_id, recommendation_id, changes, reason, prev_hash, hash)
       VALUES ($1, $2, NULL, $3, $4, $5, $6, 'cy1', $7, $8, NULL, $9, $10)`,
      [
        seq,
        content.occurredAt.toISOString(),
        content.actorLabel,
        action,
        entityType,
        entityId,
        rec,
        JSON.stringify(changes),
        prev,
        hash,
      ],
    );
    prev = hash;
  }
  const c = (to: unknown) => ({ from: null, to });

  beforeAll(async () => {
    db = await createTestDatabase(BEFORE);
    await db.sql.exec(`
      INSERT INTO countries (id, code, name, updated_at) VALUES ('co1', 'KZ', 'Kazakhstan', now());
      INSERT INTO election_cycles (id, slug, country_id, year, election_type, title, election_date, updated_at)
        VALUES ('cy1', 'kz-2011', 'co1', 2011, 'PRESIDENTIAL', 'Early presidential election', '2011-04-03', now());
      INSERT INTO recommendations (id, cycle_id, label, number, "order", priority, text, source_location, provenance, updated_at)
        VALUES ('rec1', 'cy1', '1', 1, 100, 'PRIORITY', 'Old text', 'Part “Recommendations”, recommendation 1 (text line 1091)', '${OLD}', now());
      INSERT INTO state_responses (id, recommendation_id, status, text, updated_at, created_at)
        VALUES ('sr1', 'rec1', 'IMPLEMENTED', 'An undated answer', now(), '2026-11-22 10:05:00');
      INSERT INTO assessments (id, recommendation_id, status, assessor_type, assessed_on, rationale, updated_at)
        VALUES ('as1', 'rec1', 'NOT_IMPLEMENTED', 'ODIHR_MISSION', '2012-04-03', 'r', now());
      INSERT INTO follow_ups (id, recommendation_id, action_date, action_taken, updated_at) VALUES ('fu1', 'rec1', '2011-09-09', 'Round table', now());
      INSERT INTO institutions (id, name, updated_at) VALUES ('in1', 'CEC', now());
      INSERT INTO recommendation_institutions (recommendation_id, institution_id, created_at) VALUES ('rec1', 'in1', '2026-11-22 10:09:00');`);
    await event(
      "Recommendation",
      "rec1",
      "create",
      {
        cycleId: c("cy1"),
        label: c("1"),
        number: c(1),
        order: c(100),
        priority: c("PRIORITY"),
        text: c("Old text"),
        textVerification: c("VERIFIED"),
        sourceLocation: c("Part “Recommendations”, recommendation 1 (text line 1091)"),
        provenance: c(OLD.replace("''", "'")),
        version: c(1),
      },
      "rec1",
    );
    await event(
      "StateResponse",
      "sr1",
      "create",
      { recommendationId: c("rec1"), status: c("AT_STAGE_OF_IMPLEMENTATION"), text: c("An undated answer") },
      "rec1",
    );
    await event(
      "StateResponse",
      "sr1",
      "update",
      { status: { from: "AT_STAGE_OF_IMPLEMENTATION", to: "IMPLEMENTED" }, version: { from: 1, to: 2 } },
      "rec1",
    );
    await db.sql.exec(`UPDATE state_responses SET version = 2`);
    await event(
      "Assessment",
      "as1",
      "create",
      {
        status: c("NOT_IMPLEMENTED"),
        assessorType: c("ODIHR_MISSION"),
        assessedOn: c("2012-04-03T00:00:00.000Z"),
        rationale: c("r"),
        version: c(1),
      },
      "rec1",
    );
    await event(
      "FollowUp",
      "fu1",
      "create",
      { actionDate: c("2011-09-09T00:00:00.000Z"), actionTaken: c("Round table"), internal: c(false), version: c(1) },
      "rec1",
    );
    await event("Institution", "in1", "create", { name: c("CEC"), active: c(true), version: c(1) }, null);
    await event(
      "RecommendationInstitution",
      "rec1:in1",
      "assign",
      { institutionId: c("in1"), institution: c("CEC") },
      "rec1",
    );
    await event("Country", "co1", "create", { code: c("KZ"), name: c("Kazakhstan") }, null);
    await event(
      "ElectionCycle",
      "cy1",
      "create",
      {
        slug: c("kz-2011"),
        countryId: c("co1"),
        year: c(2011),
        electionType: c("PRESIDENTIAL"),
        title: c("Early presidential election"),
        electionDate: c("2011-04-03T00:00:00.000Z"),
        isEarly: c(false),
        version: c(1),
      },
      null,
    );
    expect(await applyMigrations(db.sql, ALL)).toEqual(ALL.filter((m) => !BEFORE.includes(m)).map((m) => m.name));
  });
  afterAll(async () => {
    await db?.close();
  });

  it("keeps every row, with the dates the migration could give", async () => {
    const r = await db.prisma.stateResponse.findUniqueOrThrow({ where: { id: "sr1" } });
    expect([r.status, r.datePrecision, r.dateFrom, r.dateTo.toISOString().slice(0, 10)]).toEqual([
      "IMPLEMENTED",
      "RANGE",
      null,
      "2026-11-22",
    ]);
    const a = await db.prisma.assessment.findUniqueOrThrow({ where: { id: "as1" } });
    expect([a.datePrecision, a.dateTo.toISOString().slice(0, 10)]).toEqual(["DAY", "2012-04-03"]);
    const f = await db.prisma.followUp.findUniqueOrThrow({ where: { id: "fu1" } });
    expect([f.datePrecision, f.dateTo.toISOString().slice(0, 10), f.actionTaken]).toEqual([
      "DAY",
      "2011-09-09",
      "Round table",
    ]);
  });

  it("records those dates and builds the time line; audit:verify passes both halves; a second run does nothing", async () => {
    expect((await verifyTables(db.prisma)).ok).toBe(false); // no time line yet, undated history
    const r = await upgradeData(db.prisma);
    expect(r).toEqual({ recorded: 3, versions: 9 });
    const rec = await db.prisma.recommendation.findUniqueOrThrow({ where: { id: "rec1" } });
    expect([rec.sourceLocation, rec.provenance, rec.version]).toEqual([
      "Part “Recommendations”, recommendation 1",
      "ODIHR's text as quoted (in italics) in the CEC's Comments on the final report.",
      2,
    ]);
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
    const tables = await verifyTables(db.prisma);
    expect(tables.problems).toEqual([]);
    expect(await upgradeData(db.prisma)).toBeNull();
    // Before the upgrade, the response had no date, and history says so.
    const v = await db.prisma.stateResponseVersion.findMany({ where: { id: "sr1" }, orderBy: { recordedFrom: "asc" } });
    expect(v.map((x) => [x.status, x.datePrecision])).toEqual([
      ["AT_STAGE_OF_IMPLEMENTATION", null],
      ["IMPLEMENTED", null],
      ["IMPLEMENTED", "RANGE"],
    ]);
  });
});
