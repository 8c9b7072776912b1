// Coverage per cycle: the seeded counts (stated by the sources, none invented), recorded at either clock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { seededWithUsers } from "@/lib/test/fixtures";
import { seedDatabase } from "@/lib/seed/seed";
import { editCycle } from "@/lib/cycles/edit";
import { addRecommendation } from "@/lib/recommendations/mutations";
import { NewRecommendationSchema } from "@/lib/recommendations/schema";
import { NOW } from "./moment";
import { coverage } from "./coverage";
import { coverageLine, coverageSentence, coverageWarning } from "./coverage-text";

describe(`coverage on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let ids: Record<string, string>;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
    const cycles = await db.prisma.electionCycle.findMany({ select: { id: true, slug: true } });
    ids = Object.fromEntries(cycles.map((c) => [c.slug, c.id]));
  });
  afterAll(async () => {
    await db?.close();
  });

  it("gives recorded X of Y per cycle, where the sources state Y", async () => {
    const c = await coverage(NOW, Object.values(ids));
    expect(c.get(ids["kz-2005"]!)).toEqual({ recorded: 1, items: 1, expected: 30 });
    expect(c.get(ids["kz-2007"]!)).toEqual({ recorded: 1, items: 1, expected: 29 });
    // Lettered parts count once: 21 numbered recommendations, 32 answerable items.
    expect(c.get(ids["kz-2011"]!)).toEqual({ recorded: 21, items: 32, expected: 21 });
    expect(c.get(ids["kz-2012"]!)).toEqual({ recorded: 0, items: 0, expected: null });
  });

  it("counts what was recorded at the recorded clock", async () => {
    const before = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const c = await coverage({ on: null, asOf: before }, [ids["kz-2005"]!]);
    expect(c.get(ids["kz-2005"]!)).toEqual({ recorded: 0, items: 0, expected: 30 });
  });

  it("follows added recommendations, and the seed never overwrites a count a user cleared", async () => {
    const sec = await db.prisma.reportSection.findFirst({ where: { cycleId: ids["kz-2005"]! } });
    const r = await addRecommendation(
      db.prisma,
      u.actor(u.editor),
      NewRecommendationSchema.parse({
        cycleId: ids["kz-2005"]!,
        sectionId: sec?.id ?? "",
        label: "18",
        priority: "UNSPECIFIED",
        text: "A text brought by the user from the report.",
        textVerification: "NEEDS_VERIFICATION",
        provenance: "Typed from the user's copy of the report.",
      }),
    );
    expect(r.kind).toBe("ok");
    expect((await coverage(NOW, [ids["kz-2005"]!])).get(ids["kz-2005"]!)?.recorded).toBe(2);

    const cy = await db.prisma.electionCycle.findUniqueOrThrow({ where: { id: ids["kz-2007"]! } });
    const cleared = await editCycle(db.prisma, u.actor(u.admin), {
      ...cy,
      finalReportUrl: undefined,
      finalReportTitle: cy.finalReportTitle ?? undefined,
      finalReportDate: cy.finalReportDate ?? undefined,
      finalReportPlace: cy.finalReportPlace ?? undefined,
      notes: cy.notes ?? undefined,
      recommendationCount: undefined,
      reason: "Count to be checked against the report",
    });
    expect(cleared.kind).toBe("ok");
    await seedDatabase(db.prisma);
    expect((await db.prisma.electionCycle.findUniqueOrThrow({ where: { id: cy.id } })).recommendationCount).toBeNull();
  });
});

describe("coverage in words", () => {
  it("says X of Y, warns when partial, and says nothing of a count nobody stated", () => {
    expect(coverageLine({ recorded: 1, items: 1, expected: 30 })).toBe("Recorded 1 of 30 recommendations");
    expect(coverageWarning({ recorded: 1, items: 1, expected: 30 })).toBe(
      "Only 1 of the report\u2019s 30 recommendations is recorded in the tracker: the figures describe the recorded ones only, not the whole report.",
    );
    expect(coverageLine({ recorded: 21, items: 32, expected: 21 })).toBe(
      "Recorded 21 of 21 recommendations (32 separately answerable items)",
    );
    expect(coverageWarning({ recorded: 21, items: 32, expected: 21 })).toBeNull();
    expect(coverageLine({ recorded: 0, items: 0, expected: null })).toBeNull();
    expect(coverageSentence({ recorded: 0, items: 0, expected: null })).toBe(
      "0 recommendations recorded; the number the report gives is not recorded in the tracker.",
    );
  });
});
