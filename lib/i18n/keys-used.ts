// The message keys the code asks for: `const t = useTranslations("ns")` (or `await getTranslations("ns")`,
// `getTranslations({ locale, namespace: "ns" })`, `createTranslator({ …, namespace: "ns" })`) followed by
// `t("key")`, `t.rich("key")`, `t.markup("key")`, `t.has("key")` with literal keys. A key missing from the English
// catalogue shows its raw name to readers (next-intl's fallback), so lib/i18n/keys-used.test.ts fails on one.
// Keys built at run time (`t(\`status.${code}\`)`) are not seen here; lib/i18n/status.ts has its own test.
import ts from "typescript";

export interface UsedKey {
  line: number;
  key: string;
}

const FACTORIES = new Set(["useTranslations", "getTranslations", "createTranslator"]);

function namespaceOf(call: ts.CallExpression): string | null {
  const [arg] = call.arguments;
  if (!arg) return "";
  if (ts.isStringLiteral(arg)) return arg.text;
  if (ts.isObjectLiteralExpression(arg)) {
    for (const p of arg.properties)
      if (ts.isPropertyAssignment(p) && p.name.getText() === "namespace")
        return ts.isStringLiteral(p.initializer) ? p.initializer.text : null;
    return "";
  }
  return null;
}

/** The full keys ("ns.key") a source file asks for, with literal namespaces and keys. */
export function usedKeys(source: string, fileName = "file.tsx"): UsedKey[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  // Translators by variable name, one map per function (two functions of a file may both call theirs `t`).
  let translators = new Map<string, string>();
  const found: UsedKey[] = [];
  const factoryNamespace = (e: ts.Expression): string | null => {
    const call = ts.isAwaitExpression(e) ? e.expression : e;
    return ts.isCallExpression(call) && ts.isIdentifier(call.expression) && FACTORIES.has(call.expression.text)
      ? namespaceOf(call)
      : null;
  };
  const visit = (node: ts.Node) => {
    const scoped = ts.isFunctionLike(node);
    const outer = translators;
    if (scoped) translators = new Map(outer);
    if (ts.isVariableDeclaration(node) && node.initializer) {
      if (ts.isIdentifier(node.name)) {
        const ns = factoryNamespace(node.initializer);
        if (ns !== null) translators.set(node.name.text, ns);
      } else if (ts.isArrayBindingPattern(node.name)) {
        // const [locale, t] = await Promise.all([getLocale(), getTranslations("layout")])
        const init = ts.isAwaitExpression(node.initializer) ? node.initializer.expression : node.initializer;
        const list = ts.isCallExpression(init) && init.arguments[0];
        if (list && ts.isArrayLiteralExpression(list))
          node.name.elements.forEach((el, i) => {
            const item = list.elements[i];
            const ns = item && factoryNamespace(item);
            if (ts.isBindingElement(el) && ts.isIdentifier(el.name) && ns != null) translators.set(el.name.text, ns);
          });
      }
    }
    if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee) &&
            ts.isIdentifier(callee.expression) &&
            ["rich", "markup", "raw", "has"].includes(callee.name.text)
          ? callee.expression.text
          : null;
      const ns = name === null ? undefined : translators.get(name);
      if (ns !== undefined) {
        const key = node.arguments[0].text;
        found.push({
          line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          key: ns ? `${ns}.${key}` : key,
        });
      }
    }
    ts.forEachChild(node, visit);
    if (scoped) translators = outer;
  };
  visit(file);
  return found;
}
