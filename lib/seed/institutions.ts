// The institutions our source documents name (prisma/seed-data/institutions.json), each with the document and
// the place where it is named. Created when missing (by name), with their audit event; never changed afterwards:
// administrators maintain them from then on (app/admin/institutions).
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Tx } from "@/lib/audit/record";
import { recordAudit, SYSTEM_ACTOR } from "@/lib/audit/record";
import { diffFields } from "@/lib/audit/hash";
import { readSourceFile, SEED_DIR } from "./data";

const text = z.string().trim().min(1);
export const InstitutionSeedSchema = z.object({
  note: text,
  institutions: z.array(
    z.object({ name: text, abbreviation: text.nullable(), document: text, location: text, quote: text }),
  ),
});
export type InstitutionSeed = z.infer<typeof InstitutionSeedSchema>["institutions"][number];

const squash = (s: string) => s.replace(/\s+/g, " ");

/**
 * The seed file, checked: every document is one of the catalogue's, and every quotation is in that document's
 * text (line breaks aside), so no institution enters the tracker without the words that name it.
 */
export function loadInstitutionSeed(documents: { slug: string; sourceFile: string | null }[]): InstitutionSeed[] {
  const raw = JSON.parse(readFileSync(path.join(SEED_DIR, "institutions.json"), "utf8")) as unknown;
  const parsed = InstitutionSeedSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Seed data file institutions.json is invalid: ${parsed.error.message}`);
  for (const i of parsed.data.institutions) {
    const doc = documents.find((d) => d.slug === i.document);
    if (!doc?.sourceFile) throw new Error(`institutions.json: ${i.name} cites ${i.document}, which has no source text`);
    if (!squash(readSourceFile(doc.sourceFile)).includes(squash(i.quote)))
      throw new Error(`institutions.json: the quotation for ${i.name} is not in ${doc.sourceFile}`);
  }
  return parsed.data.institutions;
}

export async function seedInstitutions(tx: Tx, seeds: InstitutionSeed[], counts: Record<string, number>) {
  for (const i of seeds) {
    if (await tx.institution.findUnique({ where: { name: i.name }, select: { id: true } })) continue;
    const doc = await tx.document.findUniqueOrThrow({ where: { slug: i.document }, select: { id: true } });
    const data = {
      name: i.name,
      abbreviation: i.abbreviation,
      active: true,
      sourceDocumentId: doc.id,
      sourceLocation: i.location,
      version: 1,
    };
    const row = await tx.institution.create({ data });
    counts.Institution = (counts.Institution ?? 0) + 1;
    await recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      action: "create",
      entityType: "Institution",
      entityId: row.id,
      changes: diffFields({}, data),
      reason: "Named in the project's source documents (seed)",
    } as Parameters<typeof recordAudit>[1]);
  }
}
