// The institutions our documents name: each quotation is found in its document, nothing else is seeded, and
// seeding again adds nothing. On both engines.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { verifyTables } from "@/lib/audit/verify-tables";
import { loadSeedData } from "./data";
import { loadInstitutionSeed } from "./institutions";
import { seedDatabase } from "./seed";

describe("institutions named in the source documents", () => {
  const { catalog } = loadSeedData();

  it("names ten institutions, each quoted from the document that names it", () => {
    const seeds = loadInstitutionSeed(catalog.documents);
    expect(seeds.map((s) => s.name)).toEqual([
      "Central Election Commission of the Republic of Kazakhstan",
      "Mazhilis of Parliament of the Republic of Kazakhstan",
      "Senate of Parliament of the Republic of Kazakhstan",
      "Constitutional Council of the Republic of Kazakhstan",
      "Supreme Court of the Republic of Kazakhstan",
      "Prosecutor General’s Office",
      "Ministry of Internal Affairs of the Republic of Kazakhstan",
      "Ministry of Information and Communication of the Republic of Kazakhstan",
      "Ministry of Justice",
      "Assembly of the People of Kazakhstan",
    ]);
    expect(seeds.every((s) => s.location.length > 10)).toBe(true);
  });

  it("refuses a quotation that is not in the cited document", () => {
    // The CEC's comments swapped for the 2007 press release: the quotations are no longer found.
    const swapped = catalog.documents.map((d) =>
      d.slug === "kz-2011-cec-comments" ? { ...d, sourceFile: "002_49098ec479d2660c.txt" } : d,
    );
    expect(() => loadInstitutionSeed(swapped)).toThrow(/quotation for Central Election Commission .* is not in/);
  });
});

describe(`seeded institutions on ${testEngine}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it("are created once, with the document and place that name them, and audited", async () => {
    expect((await seedDatabase(db.prisma)).created.Institution).toBe(10);
    expect((await seedDatabase(db.prisma)).created.Institution).toBeUndefined();
    const cec = await db.prisma.institution.findUniqueOrThrow({
      where: { name: "Central Election Commission of the Republic of Kazakhstan" },
      select: { abbreviation: true, sourceLocation: true, sourceDocument: { select: { slug: true } }, id: true },
    });
    expect([cec.abbreviation, cec.sourceDocument?.slug, cec.sourceLocation]).toEqual([
      "CEC",
      "kz-2011-cec-comments",
      "Opening paragraph (the CEC is the author of these comments)",
    ]);
    const created = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "Institution", entityId: cec.id },
    });
    expect([created.action, created.actorLabel]).toEqual(["create", "System (seed data)"]);
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
  });
});
