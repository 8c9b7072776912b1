// `npm run --silent parse-report -- <file>`: prints the recommendations found in a report (PDF, DOCX or
// UTF-8 text, judged by content) as JSON on stdout; warnings go to stderr, one per line.
// Exit codes: 0 items found, 1 no items found, 2 usage error or a file that cannot be read.
import { readFile } from "node:fs/promises";
import { itemsJson, parseReportFile } from "../lib/report-import/parse-file";

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error("Usage: npm run --silent parse-report -- <file.pdf|file.docx|file.txt>");
  process.exit(2);
}
let bytes: Uint8Array;
try {
  bytes = new Uint8Array(await readFile(file));
} catch (e) {
  console.error(`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  process.exit(2);
}
const result = await parseReportFile(bytes);
if (!result.ok) {
  console.error(`${file}: ${result.message}`);
  process.exit(2);
}
console.log(itemsJson(result.report));
for (const warning of result.report.warnings) console.error(`warning: ${warning}`);
if (result.report.items.length === 0) {
  console.error("No numbered recommendations were found.");
  process.exitCode = 1;
}
