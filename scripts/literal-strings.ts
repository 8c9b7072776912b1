// Literal user-facing strings in components and pages: JSX text, string literals written as JSX children
// ({"…"}) and the attributes a person reads or hears (aria-label, title, placeholder, alt). Interface words
// belong in messages/*.json (docs/decisions/016-languages.md). Existing files are counted in a committed
// baseline (scripts/literal-strings-baseline.json) so they can be converted over time; no file may grow its
// count, and a new file starts at zero. `npm run lint` runs the check (scripts/check-literals.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const CHECKED_DIRS = ["app", "components"];
// Attributes that carry code, not words: every other string attribute (label, hint, title, aria-label, a
// component's `legend` or `emptyText` …) is read or heard by a person and is counted.
const TECHNICAL_ATTRIBUTES = new Set([
  "className",
  "href",
  "id",
  "name",
  "type",
  "key",
  "method",
  "action",
  "htmlFor",
  "role",
  "autoComplete",
  "inputMode",
  "pattern",
  "rel",
  "target",
  "src",
  "lang",
  "dir",
  "scope",
  "accept",
  "encType",
  "form",
  "prefetch",
  "aria-describedby",
  "aria-labelledby",
  "aria-controls",
  "aria-current",
  "aria-live",
  "aria-hidden",
  "aria-invalid",
  "aria-required",
  "aria-expanded",
  "aria-haspopup",
  "aria-sort",
  "aria-busy",
  "aria-atomic",
  "data-testid",
  "datatype",
  "viewBox",
  "fill",
  "stroke",
  "d",
  "xmlns",
  "width",
  "height",
  "style",
  "media",
  "sizes",
  "as",
  "variant",
  "size",
  "tone",
  "kind",
  "lens",
  "mode",
  "field",
  "param",
  "defaultValue",
  "value",
  "min",
  "max",
  "step",
  "list",
  "download",
  "formAction",
  "wrap",
  "spellCheck",
  "translate",
  "headers",
  "dateTime",
  "cite",
  "hrefLang",
  "locale",
  "slug",
  "cycleSlug",
  "status",
  "code",
  "view",
  "sort",
  "align",
  "colour",
  "color",
  "icon",
  "glyph",
  "format",
  "ext",
  "returnTo",
  "redirectTo",
  "next",
  "anchor",
  "path",
  "page",
  "strokeLinecap",
  "strokeLinejoin",
  "dataKey",
  "stackId",
  "idPrefix",
  "layout",
]);
// A string with a letter in it; punctuation, numbers, glyphs and spaces alone are not words to translate.
const WORDS = /\p{L}/u;

export interface Literal {
  line: number;
  text: string;
}

const isReadAttribute = (name: string) => !TECHNICAL_ATTRIBUTES.has(name) && !name.startsWith("data-");

/** The literal user-facing strings of one .tsx source. */
export function findLiterals(source: string, fileName = "file.tsx"): Literal[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const add = (node: ts.Node, text: string) => {
    const t = text.replace(/\s+/g, " ").trim();
    // HTML entities ("&ndash;") are punctuation, not words.
    if (WORDS.test(t.replace(/&#?\w+;/g, "")))
      found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: t });
  };
  const literalText = (e: ts.Expression | undefined): string | null =>
    e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e))
      ? e.text
      : e && ts.isTemplateExpression(e)
        ? [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(" ")
        : null;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) add(node, node.text);
    else if (ts.isJsxExpression(node) && node.parent && !ts.isJsxAttribute(node.parent)) {
      const text = literalText(node.expression);
      if (text !== null) add(node, text);
    } else if (ts.isJsxAttribute(node) && isReadAttribute(node.name.getText(file))) {
      const init = node.initializer;
      const text = !init
        ? null
        : ts.isStringLiteral(init)
          ? init.text
          : ts.isJsxExpression(init)
            ? literalText(init.expression)
            : null;
      if (text !== null) add(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Every .tsx file under the checked folders, as repository paths with forward slashes, sorted. */
export function checkedFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith(".tsx")) out.push(rel);
    }
  };
  for (const d of CHECKED_DIRS) walk(d);
  return out.sort();
}

/** File → number of literal strings (files without any are left out). */
export function countLiterals(root: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of checkedFiles(root)) {
    const n = findLiterals(readFileSync(path.join(root, f), "utf8"), f).length;
    if (n > 0) counts[f] = n;
  }
  return counts;
}

/** Files whose count is over the baseline (a file not in the baseline may have none). */
export function overBaseline(
  counts: Record<string, number>,
  baseline: Record<string, number>,
): { file: string; count: number; allowed: number }[] {
  return Object.entries(counts)
    .filter(([file, n]) => n > (baseline[file] ?? 0))
    .map(([file, count]) => ({ file, count, allowed: baseline[file] ?? 0 }));
}
