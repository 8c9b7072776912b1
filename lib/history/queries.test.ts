import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { saveStateResponse } from "@/lib/responses/mutations";
import { StateResponseInputSchema } from "@/lib/responses/schema";
import { addFollowUp, withdrawFollowUp } from "@/lib/follow-ups/mutations";
import { NewFollowUpSchema } from "@/lib/follow-ups/schema";
import { recommendationAsOf } from "./queries";

const tick = () => new Promise((r) => setTimeout(r, 15));

describe(`point-in-time view on ${testEngine}`, () => {
  let db: Database;
  let rec: string;
  const t: Date[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    rec = await recommendationId(db, "kz-2011", "12");
    await tick();
    t.push(new Date()); // t0: seeded only
    await tick();
    const cur = await db.prisma.stateResponse.findUniqueOrThrow({ where: { recommendationId: rec } });
    await saveStateResponse(db.prisma, u.actor(u.editor), StateResponseInputSchema.parse({
      recommendationId: rec, version: "1", status: "IMPLEMENTED", text: "Revised answer", documentId: cur.documentId, reason: "New law",
    }));
    const f = await addFollowUp(db.prisma, u.actor(u.editor), NewFollowUpSchema.parse({ recommendationId: rec, actionDate: "2012-02-01", actionTaken: "Draft law submitted" }));
    await tick();
    t.push(new Date()); // t1: revised, with a follow-up
    await tick();
    if (f.kind === "ok") await withdrawFollowUp(db.prisma, u.actor(u.editor), { id: f.value.id, version: 1, reason: "Wrong item" });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("shows nothing before the recommendation was recorded", async () => {
    expect(await recommendationAsOf(rec, new Date("2012-01-01T23:59:59Z"))).toBeNull();
  });

  it("shows the seeded state, then the revised one, from the history alone", async () => {
    const seeded = (await recommendationAsOf(rec, t[0]!))!;
    const current = await db.prisma.recommendation.findUniqueOrThrow({ where: { id: rec }, select: { text: true } });
    expect(seeded.text).toBe(current.text);
    expect(seeded.response?.status).toBe("CANNOT_BE_ACCEPTED"); // as the CEC answered item 12
    expect(seeded.followUps).toEqual([]);
    const revised = (await recommendationAsOf(rec, t[1]!))!;
    expect([revised.response?.status, revised.response?.text]).toEqual(["IMPLEMENTED", "Revised answer"]);
    expect(revised.response?.document?.slug).toBe("kz-2011-cec-comments");
    expect(revised.followUps.map((f) => [f.actionTaken, f.withdrawnAt])).toEqual([["Draft law submitted", null]]);
  });

  it("shows a later withdrawal as withdrawn", async () => {
    const now = (await recommendationAsOf(rec, new Date()))!;
    expect(now.followUps[0]?.withdrawnAt).toBeInstanceOf(Date);
  });
});
