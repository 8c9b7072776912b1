// Finds every message lib/ writes for a person to read, with TypeScript's parser (for the completeness test of
// the server catalogues, lib/i18n/server-messages.test.ts). A template literal becomes a pattern: each
// `${…}` a numbered placeholder, in order ("{0} must be at most {1} characters"). What counts as a message:
// - `message:` properties (zod options, Abort outcomes, every action's `success`), and `error:` in zod options;
// - the strings of `fieldErrors: { field: ["…"] }`;
// - string arguments of zod's checks (`.min(1, "…")`, `.refine(fn, "…")` …);
// - the arguments of `refuse`/`refused`/`failed`, variables named `message`, defaults of parameters `message`/`label`;
// - labels: the first argument of any function whose first parameter is `label` (plainText("Title", 200)),
//   and the literal such a function returns (`${label} contains …`);
// - `text:` of notifications (objects passed to `notify`, and those holding a notification `kind`);
// - anything wrapped in `serverText("…")`, the marker for sentences built elsewhere (gettext's N_).
// Conditional expressions (`a ? "x" : "y"`), `??`/`||` fallbacks and `+` give each literal part.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const ZOD_CHECKS = new Set([
  ...["min", "max", "length", "regex", "refine", "nonempty", "int", "positive", "nonnegative", "gte", "lte"],
  ...["gt", "lt", "email", "url", "multipleOf", "check"],
]);
const CALLS = new Set(["refuse", "refused", "failed", "serverText"]);

/**
 * Not for the reader of a page, so English on purpose (docs/decisions/021-server-messages.md): the JSON API
 * (a machine interface), the operator's configuration errors and audit-verification tool, and plumbing.
 */
const NOT_READER_FACING = [
  /^lib\/api\//,
  /^lib\/env\.ts$/,
  /^lib\/audit\/(verify|checkpoint)\.ts$/,
  /^lib\/(db|security|auth)\//,
  /^lib\/i18n\/(locales|server-messages-extract)\.ts$/,
  /^lib\/users\/oidc-sign-in\.ts$/,
  /^lib\/files\/extract-text\.ts$/,
  /^lib\/sheet-import\/parse\.ts$/,
  /^lib\/vocab\.ts$/,
];

/** Route handlers that answer a page's script with messages a person reads (lib/i18n/answer.ts). */
const READER_ROUTES = [
  "app/documents/[slug]/file/route.ts",
  "app/api/evidence/route.ts",
  "app/api/report-import/preview/route.ts",
];

/** The source files of lib/ (and READER_ROUTES) that can hold messages (not tests, generated code, fixtures or seeds). */
export function messageSourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!["generated", "test", "seed"].includes(name)) walk(full);
      } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(full);
    }
  };
  walk(path.join(root, "lib"));
  // The routes whose JSON answers a page shows to a person (file uploads, the report-import preview).
  out.push(...READER_ROUTES.map((r) => path.join(root, r)));
  return out
    .filter((f) => !NOT_READER_FACING.some((re) => re.test(path.relative(root, f).split(path.sep).join("/"))))
    .sort();
}

/** A literal as a catalogue key: text as is, each substitution a numbered placeholder; null if not a literal. */
export function literalKey(node: ts.Node): string | null {
  // "One sentence, " + "written on two lines." is one message.
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [left, right] = [literalKey(node.left), literalKey(node.right)];
    if (left === null || right === null) return null;
    const offset = (left.match(/\{\d+\}/g) ?? []).length;
    return left + right.replace(/\{(\d+)\}/g, (_, n: string) => `{${Number(n) + offset}}`);
  }
  if (ts.isParenthesizedExpression(node)) return literalKey(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    let key = node.head.text;
    node.templateSpans.forEach((span, i) => (key += `{${i}}${span.literal.text}`));
    return key;
  }
  return null;
}

/** The literal branches of an expression (`a ? "x" : "y"`, `v ?? "z"`, parentheses). */
function branches(node: ts.Expression): ts.Expression[] {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return branches(node.expression);
  // "Sentence one." + (more ? " Sentence two." : ""): each part is a message (looked up sentence by sentence).
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken && !literalKey(node))
    return [...branches(node.left), ...branches(node.right)];
  if (ts.isConditionalExpression(node)) return [...branches(node.whenTrue), ...branches(node.whenFalse)];
  if (
    ts.isBinaryExpression(node) &&
    [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(node.operatorToken.kind)
  )
    return [...branches(node.left), ...branches(node.right)];
  return [node];
}

const nameOf = (n: ts.Node | undefined): string | null =>
  n && (ts.isIdentifier(n) || ts.isStringLiteral(n)) ? n.text : null;

function calleeName(call: ts.CallExpression): string | null {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return null;
}

/** Names of functions whose first parameter is `label` (their first argument is a field's name to translate). */
function labelFunctions(sources: ts.SourceFile[]): Set<string> {
  const names = new Set<string>();
  const firstIsLabel = (params: ts.NodeArray<ts.ParameterDeclaration>) => nameOf(params[0]?.name) === "label";
  for (const sf of sources)
    sf.forEachChild(function visit(node): void {
      if (ts.isFunctionDeclaration(node) && node.name && firstIsLabel(node.parameters)) names.add(node.name.text);
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.initializer &&
        (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer)) &&
        firstIsLabel(node.initializer.parameters)
      )
        names.add(node.name.text);
      node.forEachChild(visit);
    });
  return names;
}

const NOTIFICATION_KIND =
  /^"(MENTION|ASSIGNMENT|RETURNED_DRAFT|PUBLISHED_DRAFT|DEADLINE_APPROACHING|DEADLINE_PASSED)"$/;
const isNotifyArgument = (obj: ts.ObjectLiteralExpression) =>
  (ts.isCallExpression(obj.parent) && calleeName(obj.parent) === "notify") ||
  obj.properties.some(
    (p) => ts.isPropertyAssignment(p) && nameOf(p.name) === "kind" && NOTIFICATION_KIND.test(p.initializer.getText()),
  );

/** Every message of these files: key → the files using it. */
export function extractMessages(files: string[], root = process.cwd()): Map<string, string[]> {
  const sources = files.map((f) =>
    ts.createSourceFile(f, readFileSync(f, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS),
  );
  const labelled = labelFunctions(sources);
  const found = new Map<string, string[]>();
  for (const sf of sources) {
    const rel = path.relative(root, sf.fileName);
    const add = (node: ts.Expression, label = false) => {
      for (const b of branches(node)) {
        const key = literalKey(b)?.trim() ?? null;
        // Keys that are only placeholders and punctuation ("{0}{1}") carry no words to translate.
        // Column names used as labels ("lead_in") are identifiers, not words.
        if (key === null || !/\p{L}/u.test(key.replace(/\{\d+\}/g, "")) || (label && /^[a-z_]+$/.test(key))) continue;
        const users = found.get(key) ?? [];
        if (!users.includes(rel)) users.push(rel);
        found.set(key, users);
      }
    };
    sf.forEachChild(function visit(node): void {
      if (ts.isPropertyAssignment(node)) {
        const name = nameOf(node.name);
        if (name === "message" || name === "error") add(node.initializer);
        if (name === "fieldErrors" && ts.isObjectLiteralExpression(node.initializer))
          for (const p of node.initializer.properties)
            if (ts.isPropertyAssignment(p) && ts.isArrayLiteralExpression(p.initializer))
              p.initializer.elements.forEach((e) => add(e));
        if (name === "text" && ts.isObjectLiteralExpression(node.parent) && isNotifyArgument(node.parent))
          add(node.initializer);
      }
      if (ts.isCallExpression(node)) {
        const callee = calleeName(node);
        const method = ts.isPropertyAccessExpression(node.expression);
        if (callee && ((method && ZOD_CHECKS.has(callee)) || (!method && CALLS.has(callee))))
          node.arguments.forEach((a) => add(a));
        if (callee && !method && labelled.has(callee) && node.arguments[0]) add(node.arguments[0], true);
      }
      if (ts.isVariableDeclaration(node) && node.initializer && nameOf(node.name) === "message") add(node.initializer);
      // A message maker of a field (`(label) => \`${label} contains …\``): what it returns.
      if (
        (ts.isArrowFunction(node) || ts.isFunctionDeclaration(node)) &&
        nameOf(node.parameters[0]?.name) === "label"
      ) {
        if (node.body && ts.isBlock(node.body))
          node.body.statements.forEach((st) => ts.isReturnStatement(st) && st.expression && add(st.expression));
        else if (node.body) add(node.body as ts.Expression);
      }
      if (ts.isParameter(node) && node.initializer && ["message", "label"].includes(nameOf(node.name) ?? ""))
        add(node.initializer);
      node.forEachChild(visit);
    });
  }
  return found;
}
