/**
 * Regenerates prisma/seed-data/kz-2011-recommendations.json from the committed
 * copy of the CEC's 2011 "Comments" (seed source 001_…txt).
 *
 * Run from the repository root: `npx tsx scripts/extract-2011.ts`.
 * The JSON is committed so the seed does not need to parse at run time; a test
 * (lib/seed/parse-cec-comments.test.ts) fails if it drifts from the parser.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseCecComments2011 } from "../lib/seed/parse-cec-comments";

export const SOURCE_2011 = "prisma/seed-data/sources/001_00b9d59d0ed12259.txt";
export const OUTPUT_2011 = "prisma/seed-data/kz-2011-recommendations.json";

const root = process.cwd();
const parsed = parseCecComments2011(readFileSync(path.join(root, SOURCE_2011), "utf8"));
writeFileSync(path.join(root, OUTPUT_2011), `${JSON.stringify(parsed, null, 2)}\n`, "utf8");
console.log(`Wrote ${parsed.items.length} items (${parsed.topics.length} topics) to ${OUTPUT_2011}`);
