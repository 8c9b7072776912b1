import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { usedKeys } from "./keys-used";

const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(rel);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

function has(tree: unknown, key: string): boolean {
  let node = tree;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" || (typeof node === "object" && node !== null);
}

describe("message keys used in the code", () => {
  it("finds keys through the translator's namespace, in every call form", () => {
    const src = `
      const t = useTranslations("header");
      const s = await getTranslations({ locale, namespace: "status" });
      const x = createTranslator({ locale, messages, namespace: "report" });
      t("cycles"); t.rich("signedIn", {}); s("lens.state"); x("title"); other("not.a.key");
      function Footer() { const t = useTranslations("layout"); return t("footer"); }
      async function Page() { const [locale, t] = await Promise.all([getLocale(), getTranslations("meta")]); t("title"); }
      t("searchLabel");`;
    expect(usedKeys(src).map((k) => k.key)).toEqual([
      "header.cycles",
      "header.signedIn",
      "status.lens.state",
      "report.title",
      "layout.footer",
      "meta.title",
      "header.searchLabel",
    ]);
  });

  it("are all in the English catalogue (a missing one shows its raw name to readers)", () => {
    const missing = ["app", "components", "lib"].flatMap(sources).flatMap((f) =>
      usedKeys(readFileSync(path.join(root, f), "utf8"), f)
        .filter((k) => !has(en, k.key))
        .map((k) => `${f}:${k.line} ${k.key}`),
    );
    expect(missing).toEqual([]);
  });
});
