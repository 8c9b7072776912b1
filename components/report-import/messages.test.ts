// The import, spreadsheet and link messages format in every language (ICU selects with empty branches, plurals,
// rich tags), and the English ones read exactly as the pages did before the catalogues (e2e specs assert them).
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

const CATALOGUES = { en, ru, kk };
const NAMESPACES = ["spreadsheet", "sheetImport", "imports", "reportImport", "links"] as const;
type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

// Every argument any of these messages takes, with a value; tags render as [tag]…[/tag].
const VALUES: Record<string, string | number> = {
  cycle: "2011 Early presidential election",
  count: 3,
  total: 2,
  rows: 21,
  unchanged: 1,
  fresh: 2,
  skipped: 1,
  forms: 3,
  n: 4,
  row: "12",
  label: "8(b)",
  earliestLabel: "24",
  year: "2007",
  since: "2005",
  hasLabel: "yes",
  hasSkipped: "yes",
  source: "yes",
  document: "yes",
  through: "yes",
};
/** A value for each argument and a renderer for each tag of one message: "[tag]…[/tag]". */
function valuesFor(message: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*(?:\}|,)/g)) out[m[1]!] = VALUES[m[1]!] ?? `‹${m[1]}›`;
  for (const m of message.matchAll(/<([A-Za-z0-9_]+)>/g)) {
    const tag = m[1]!;
    out[tag] = (c: unknown) => `[${tag}]${String(c)}[/${tag}]`;
  }
  return out;
}

describe("import, spreadsheet and link messages", () => {
  for (const [locale, messages] of Object.entries(CATALOGUES)) {
    it(`all format in ${locale}`, () => {
      // Keys built at run time: the translator untyped.
      const t = createTranslator({ locale, messages: messages as Record<string, unknown> }) as unknown as {
        raw: (key: string) => unknown;
        markup: (key: string, values: Record<string, unknown>) => string;
      };
      for (const ns of NAMESPACES) {
        for (const key of keys((messages as unknown as Record<string, Tree>)[ns]!)) {
          const raw = String(t.raw(`${ns}.${key}`));
          const out = t.markup(`${ns}.${key}`, valuesFor(raw));
          expect(out, `${ns}.${key}`).not.toMatch(/[{}]|<\/?[a-z]+>/);
          expect(out.trim(), `${ns}.${key}`).not.toBe("");
        }
      }
    });
  }

  it("read in English as the pages did", () => {
    const t = createTranslator({ locale: "en", messages: en });
    expect(t("sheetImport.apply", { count: 1 })).toBe("Apply 1 change");
    expect(t("sheetImport.apply", { count: 3 })).toBe("Apply 3 changes");
    expect(t("reportImport.importCount", { count: 4 })).toBe("Import 4 recommendations");
    const found = { source: "no", file: "", kind: "", sha: "", document: "no", title: "", fresh: 4, skipped: 0 };
    expect(t("reportImport.found", { ...found, count: 4 })).toBe("4 items found. 4 will be imported.");
    expect(
      t("reportImport.found", {
        ...found,
        count: 5,
        source: "yes",
        file: "r.pdf",
        kind: "pdf",
        sha: "0123456789ab",
        document: "yes",
        title: "Final report",
        skipped: 1,
      }),
    ).toBe(
      "5 items found in r.pdf (pdf, SHA-256 0123456789ab…), citing “Final report”. 4 will be imported; " +
        "1 already recorded will be skipped.",
    );
    expect(
      t.markup("reportImport.list.entry", {
        when: "1 December 2026 at 07:00:00 UTC",
        by: "Erlan",
        source: "pasted text",
        count: 4,
        labels: "7, 8(a), 8(b), 10",
        hasSkipped: "no",
        skipped: "",
        bold: (c) => c,
      }),
    ).toBe("1 December 2026 at 07:00:00 UTC, by Erlan, from pasted text: 4 recommendations (7, 8(a), 8(b), 10).");
    expect(t.markup("reportImport.item.heading", { n: 4, label: "", hasLabel: "no", muted: (c) => c })).toBe("Item 4");
    expect(t.markup("links.suggestions.link", { what: "2007 recommendation 24", sr: (c) => c })).toBe(
      "Link as a repeat of 2007 recommendation 24",
    );
    expect(
      t.markup("links.repeats.item", {
        label: "3(a)",
        year: "2007",
        earliestLabel: "24",
        through: "no",
        forms: 1,
        link: (c) => c,
        earliest: (c) => c,
        muted: (c) => c,
      }),
    ).toBe("Recommendation 3(a) repeats 2007 · Recommendation 24");
  });

  it("use each language's plural forms", () => {
    const ruT = createTranslator({ locale: "ru", messages: ru });
    expect(ruT("sheetImport.apply", { count: 2 })).toBe("Применить 2 изменения");
    expect(ruT("sheetImport.apply", { count: 5 })).toBe("Применить 5 изменений");
    expect(ruT("reportImport.importCount", { count: 21 })).toBe("Импортировать 21 рекомендацию");
    const kkT = createTranslator({ locale: "kk", messages: kk });
    expect(kkT("reportImport.importCount", { count: 3 })).toBe("3 ұсынымды импорттау");
  });
});
