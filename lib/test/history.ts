// Test helpers for the two clocks and for long lists: move what has been
// recorded so far back in the tracker's history (the version tables'
// recorded ranges; the audit log itself is append-only and stays as it is),
// and add countries with empty cycles the way the seed does (rows and audit
// events in one transaction).
import type { Database } from "@/lib/db/client";
import { diffFields } from "@/lib/audit/hash";
import { recordAudit, SYSTEM_ACTOR } from "@/lib/audit/record";

const VERSION_TABLES = [
  "recommendation_versions",
  "state_response_versions",
  "assessment_versions",
  "follow_up_versions",
  "recommendation_institution_versions",
  "recommendation_link_versions",
];

/** Everything recorded until now counts as recorded at the start of `day` (UTC): "as recorded on" that day shows it. */
export async function backdateRecorded(db: Database, day: string): Promise<void> {
  const at = `${day}T00:00:00.000Z`;
  for (const t of VERSION_TABLES) {
    await db.prisma.$executeRawUnsafe(
      `UPDATE ${t} SET recorded_to = CAST($1 AS timestamp) WHERE recorded_to IS NOT NULL`,
      at,
    );
    await db.prisma.$executeRawUnsafe(`UPDATE ${t} SET recorded_from = CAST($1 AS timestamp)`, at);
  }
}

/** A country (by ISO code) with one empty presidential-election cycle per year; returns the cycles' slugs. */
export async function addCountryCycles(db: Database, code: string, name: string, years: number[]): Promise<string[]> {
  return db.prisma.$transaction(async (tx) => {
    const country = await tx.country.create({ data: { code, name } });
    await recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      action: "create",
      entityType: "Country",
      entityId: country.id,
      changes: diffFields({}, { code, name }),
    });
    const slugs: string[] = [];
    for (const year of years) {
      const data = {
        slug: `${code.toLowerCase()}-${year}`,
        countryId: country.id,
        year,
        electionType: "PRESIDENTIAL" as const,
        title: "Presidential election",
        electionDate: new Date(`${year}-06-01T00:00:00.000Z`),
        isEarly: false,
        version: 1,
      };
      const cycle = await tx.electionCycle.create({ data });
      await recordAudit(tx, {
        actor: SYSTEM_ACTOR,
        action: "create",
        entityType: "ElectionCycle",
        entityId: cycle.id,
        cycleId: cycle.id,
        changes: diffFields({}, data),
      });
      slugs.push(data.slug);
    }
    return slugs;
  });
}
