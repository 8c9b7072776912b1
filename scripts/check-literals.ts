// `tsx scripts/check-literals.ts`: fails when a file in app/ or components/ has more literal user-facing strings
// than scripts/literal-strings-baseline.json allows (scripts/literal-strings.ts says what counts).
// `--update` rewrites the baseline to today's counts: only after converting strings (counts going down), never
// to let new literals in.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { countLiterals, findLiterals, overBaseline } from "./literal-strings";

const root = path.resolve(import.meta.dirname, "..");
const baselinePath = path.join(root, "scripts/literal-strings-baseline.json");
const counts = countLiterals(root);

if (process.argv.includes("--update")) {
  writeFileSync(baselinePath, `${JSON.stringify(counts, null, 2)}\n`);
  console.log(`literal strings: baseline written (${Object.keys(counts).length} files)`);
  process.exit(0);
}

const baseline = JSON.parse(readFileSync(baselinePath, "utf8")) as Record<string, number>;
const over = overBaseline(counts, baseline);
if (over.length > 0) {
  console.error('New literal user-facing strings: put them in messages/*.json and use next-intl (t("…")).');
  for (const { file, count, allowed } of over) {
    console.error(`  ${file}: ${count} literal strings, the baseline allows ${allowed}`);
    for (const l of findLiterals(readFileSync(path.join(root, file), "utf8"), file).slice(0, 20))
      console.error(`    ${file}:${l.line}  ${JSON.stringify(l.text)}`);
  }
  process.exit(1);
}
const total = Object.values(counts).reduce((a, b) => a + b, 0);
const down = Object.entries(baseline).filter(([f, n]) => (counts[f] ?? 0) < n).length;
console.log(
  `literal strings: ${total} in ${Object.keys(counts).length} files, none over the baseline` +
    (down > 0 ? ` (${down} files now have fewer: run with --update to lower the baseline)` : ""),
);
