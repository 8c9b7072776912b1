// Loads and validates the seed data files with zod: a malformed data file
// stops the seed with a precise message before anything is written.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export const SEED_DIR = path.join(process.cwd(), "prisma/seed-data");

const isoDate = z.iso.date();
const priority = z.enum(["PRIORITY", "OTHER", "UNSPECIFIED"]);
const cecStatus = z.enum([
  "IMPLEMENTED",
  "AT_STAGE_OF_IMPLEMENTATION",
  "ACCEPTED_IN_PART",
  "REQUIRES_FURTHER_STUDY",
  "CANNOT_BE_ACCEPTED",
]);
const text = z.string().trim().min(1);

const ClaimSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  claimant: text,
  statement: text,
  quote: text.nullable(),
  value: z.number().int().nonnegative().nullable(),
  outOf: z.number().int().positive().nullable(),
  document: z.string().nullable(),
  location: z.string().nullable(),
});

const KnownRecommendationSchema = z.object({
  label: text,
  number: z.number().int().positive(),
  letter: z
    .string()
    .regex(/^[a-z]$/)
    .nullable(),
  order: z.number().int().positive(),
  priority,
  section: z.string().nullable(),
  text,
  textVerification: z.enum(["VERIFIED", "NEEDS_VERIFICATION"]),
  provenance: text,
});

const CycleSchema = z.object({
  slug: z.string().regex(/^[a-z]{2}-\d{4}$/),
  year: z.number().int().min(1990).max(2100),
  electionType: z.enum(["PRESIDENTIAL", "PARLIAMENTARY", "LOCAL", "REFERENDUM"]),
  title: text,
  electionDate: isoDate,
  isEarly: z.boolean(),
  finalReportTitle: text.nullable(),
  finalReportDate: isoDate.nullable(),
  finalReportPlace: text.nullable(),
  // How many recommendations the report gives, only where a source states it, and which source.
  recommendationCount: z.number().int().positive().nullable(),
  recommendationCountSource: text.nullable(),
  notes: text.nullable(),
  // 2011's structure and items come from the generated file.
  sections: z.union([
    z.literal("from kz-2011-recommendations.json"),
    z.array(z.object({ key: text, title: text, priority })),
  ]),
  claims: z.array(ClaimSchema),
  recommendations: z.union([z.literal("from kz-2011-recommendations.json"), z.array(KnownRecommendationSchema)]),
});

export const CatalogSchema = z.object({
  country: z.object({ code: z.string().length(2), name: text }),
  cycles: z.array(CycleSchema).min(1),
  documents: z.array(
    z.object({
      slug: z.string().regex(/^[a-z0-9-]+$/),
      cycle: z.string(),
      type: z.enum([
        "FINAL_REPORT",
        "PRELIMINARY_STATEMENT",
        "PRESS_RELEASE",
        "GOVERNMENT_COMMENTS",
        "STATEMENT",
        "OTHER",
      ]),
      title: text,
      issuer: text,
      issuedOn: isoDate.nullable(),
      place: text.nullable(),
      sourceFile: z
        .string()
        .regex(/^[\w.-]+\.txt$/)
        .nullable(),
      // When the answers this document gives were given, as far as the sources tell.
      answersDated: z.object({ notBefore: isoDate, notAfter: isoDate, note: text }).optional(),
    }),
  ),
});

export const Cec2011Schema = z.object({
  sections: z.array(z.object({ key: z.enum(["A", "B"]), title: text, priority: z.boolean(), leadIn: text.nullable() })),
  topics: z.array(z.object({ key: text, title: text, section: z.enum(["A", "B"]), order: z.number().int() })),
  items: z
    .array(
      z.object({
        label: z.string().regex(/^\d+(\([a-z]\))?$/),
        number: z.number().int().positive(),
        letter: z
          .string()
          .regex(/^[a-z]$/)
          .nullable(),
        order: z.number().int().positive(),
        section: z.enum(["A", "B"]),
        topic: z.string().nullable(),
        leadIn: text.nullable(),
        text,
        response: z.object({ text, statusSentence: text, status: cecStatus }),
        sourceLine: z.number().int().positive(),
      }),
    )
    .min(1),
});

export type Catalog = z.infer<typeof CatalogSchema>;
export type Cec2011 = z.infer<typeof Cec2011Schema>;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(SEED_DIR, file), "utf8"));
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.slice(0, 20).map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`Seed data file ${file} is invalid:\n${lines.join("\n")}`);
}

export function loadSeedData(): { catalog: Catalog; cec2011: Cec2011 } {
  const catalog = parseOrThrow(CatalogSchema, readJson("catalog.json"), "catalog.json");
  const cec2011 = parseOrThrow(Cec2011Schema, readJson("kz-2011-recommendations.json"), "kz-2011-recommendations.json");
  const cycleSlugs = new Set(catalog.cycles.map((c) => c.slug));
  const docSlugs = new Set(catalog.documents.map((d) => d.slug));
  for (const d of catalog.documents) {
    if (!cycleSlugs.has(d.cycle)) throw new Error(`catalog.json: document ${d.slug} names unknown cycle ${d.cycle}`);
  }
  for (const c of catalog.cycles) {
    for (const claim of c.claims) {
      if (claim.document && !docSlugs.has(claim.document)) {
        throw new Error(`catalog.json: claim ${claim.key} cites unknown document ${claim.document}`);
      }
    }
  }
  return { catalog, cec2011 };
}

export function readSourceFile(file: string): string {
  return readFileSync(path.join(SEED_DIR, "sources", file), "utf8");
}
