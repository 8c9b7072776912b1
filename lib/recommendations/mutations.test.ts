import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { seededWithUsers } from "@/lib/test/fixtures";
import { addRecommendation, editRecommendation } from "./mutations";
import { EditRecommendationSchema, NewRecommendationSchema } from "./schema";

describe(`adding and correcting recommendation texts on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let cycle2007: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    u = await seededWithUsers(db);
    cycle2007 = (await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2007" } })).id;
  });
  afterAll(async () => {
    await db?.close();
  });

  const base = {
    priority: "UNSPECIFIED",
    textVerification: "NEEDS_VERIFICATION",
    provenance: "Typed from the printed report, page 30",
  };

  it("adds a text in report order, normalising the label, with its provenance audited", async () => {
    const r = await addRecommendation(
      db.prisma,
      u.actor(u.editor),
      NewRecommendationSchema.parse({ ...base, cycleId: cycle2007, label: "4 (b)", text: "A new text." }),
    );
    expect(r.kind).toBe("ok");
    const labels = await db.prisma.recommendation.findMany({
      where: { cycleId: cycle2007 },
      orderBy: { order: "asc" },
      select: { label: true },
    });
    expect(labels.map((l) => l.label)).toEqual(["4(b)", "15"]);
    const ev = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "Recommendation", action: "create", actorLabel: "Eve Editor" },
    });
    expect(ev.changes).toMatchObject({
      text: { from: null, to: "A new text." },
      provenance: { to: "Typed from the printed report, page 30" },
    });
  });

  it("refuses a duplicate label and a section of another cycle, writing nothing", async () => {
    const count = await db.prisma.recommendation.count();
    expect(
      await addRecommendation(
        db.prisma,
        u.actor(u.editor),
        NewRecommendationSchema.parse({ ...base, cycleId: cycle2007, label: "15", text: "x" }),
      ),
    ).toEqual({
      kind: "invalid",
      fieldErrors: { label: ["Recommendation 15 already exists in this cycle"] },
    });
    const section2012 = await db.prisma.reportSection.findFirstOrThrow({ where: { cycle: { slug: "kz-2012" } } });
    expect(
      (
        await addRecommendation(
          db.prisma,
          u.actor(u.editor),
          NewRecommendationSchema.parse({
            ...base,
            cycleId: cycle2007,
            label: "16",
            text: "x",
            sectionId: section2012.id,
          }),
        )
      ).kind,
    ).toBe("invalid");
    expect(await db.prisma.recommendation.count()).toBe(count);
  });

  it("corrects a text with a reason, keeping the earlier text in the history", async () => {
    const rec = await db.prisma.recommendation.findFirstOrThrow({ where: { cycleId: cycle2007, label: "4(b)" } });
    const input = {
      ...base,
      id: rec.id,
      version: String(rec.version),
      label: "4(b)",
      text: "A corrected text.",
      reason: "Checked against the PDF",
    };
    expect((await editRecommendation(db.prisma, u.actor(u.editor), EditRecommendationSchema.parse(input))).kind).toBe(
      "ok",
    );
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: rec.id, action: "update" } });
    expect(ev.changes).toEqual({ text: { from: "A new text.", to: "A corrected text." }, version: { from: 1, to: 2 } });
    expect(EditRecommendationSchema.safeParse({ ...input, reason: "" }).success).toBe(false);
  });
});
