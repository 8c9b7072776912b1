// The PDF report is tagged for screen readers: marked, with a structure tree
// (headings, paragraphs, lists, tables) in reading order, the document language
// and title, and page furniture (running header, page numbers) as artifacts.
// Read back with pdf.js (unpdf), as an assistive technology would.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDocumentProxy } from "unpdf";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { seededWithUsers } from "@/lib/test/fixtures";
import { reportHeader } from "./model";
import { parseReportOptions } from "./schema";
import { computeFingerprint } from "./export-run";
import { DEFINITIONS_HEADING, ITEM_WORDS } from "./export-text";
import { generate } from "./export-test-kit";

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}
interface Tagged {
  role: string;
  text: string;
}

/** The structure elements of a page in tree order, each with the text of its own marked content. */
async function structureOf(pdf: Awaited<ReturnType<typeof getDocumentProxy>>, n: number) {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent({ includeMarkedContent: true });
  const textOf = new Map<string, string>();
  const artifacts: string[] = [];
  let current: { id?: string; tag?: string }[] = [];
  for (const item of content.items as { type?: string; id?: string; tag?: string; str?: string }[]) {
    if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent")
      current = [...current, { id: item.id, tag: item.tag }];
    else if (item.type === "endMarkedContent") current = current.slice(0, -1);
    else if (typeof item.str === "string") {
      const top = current.at(-1);
      if (top?.tag === "Artifact") artifacts.push(item.str);
      else if (top?.id) textOf.set(top.id, (textOf.get(top.id) ?? "") + item.str);
    }
  }
  const out: Tagged[] = [];
  const walk = (node: StructNode) => {
    if (node.role) {
      const own = (node.children ?? []).filter((c) => c.type === "content").map((c) => textOf.get(c.id!) ?? "");
      out.push({ role: node.role, text: own.join("").trim() });
    }
    for (const c of node.children ?? []) if (c.type !== "content") walk(c);
  };
  walk((await page.getStructTree()) as StructNode);
  return { elements: out, artifacts: artifacts.join(" ") };
}

describe(`tagged PDF report on ${testEngine}`, () => {
  let db: Database;
  let buf: Buffer;
  let title = "";

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    await seededWithUsers(db);
    const options = parseReportOptions({}).options;
    const header = (await reportHeader("kz-2011", options))!;
    title = header.cycle.title;
    buf = await generate("pdf", header, options, {
      generatedAt: new Date(),
      fingerprint: await computeFingerprint(header, options),
    });
  }, 180_000);
  afterAll(() => db?.close());

  it("declares itself tagged, in English, showing its title", async () => {
    const pdf = await getDocumentProxy(new Uint8Array(buf));
    expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true });
    const raw = buf.toString("latin1");
    expect(raw).toMatch(/\/Type \/Catalog[^>]*\/Lang \(en\)/s);
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
  });

  it("reads the first page in order: title, facts, the summary heading, its tables with header cells", async () => {
    const pdf = await getDocumentProxy(new Uint8Array(buf));
    const { elements, artifacts } = await structureOf(pdf, 1);
    const roles = elements.map((e) => e.role);
    expect(roles.slice(0, 2)).toEqual(["Root", "Document"]); // pdf.js's root, then ours
    const h1 = elements.find((e) => e.role === "H1")!;
    expect(h1.text).toContain(title);
    const summary = elements.findIndex((e) => e.role === "H2" && e.text === ITEM_WORDS.summaryHeading);
    expect(summary).toBeGreaterThan(roles.indexOf("H1"));
    const table = roles.indexOf("Table");
    expect(table).toBeGreaterThan(summary);
    expect(roles.slice(table, table + 4)).toEqual(["Table", "THead", "TR", "TH"]);
    expect(roles).toContain("TBody");
    expect(roles).toContain("TD");
    // The body rows are headed by their status (a TH) and carry their figures in TDs.
    const firstBodyRow = roles.indexOf("TR", roles.indexOf("TBody"));
    expect(roles[firstBodyRow + 1]).toBe("TH");
    // The page number is furniture, not content.
    expect(artifacts).toMatch(/Page 1 of \d+/);
    expect(elements.some((e) => /Page 1 of/.test(e.text))).toBe(false);
  });

  it("tags the definitions as a list and the recommendations as sections under nested headings", async () => {
    const pdf = await getDocumentProxy(new Uint8Array(buf));
    const all: Tagged[] = [];
    // pdf.js gives each page the part of the tree with content on it: a section running on from the
    // previous page appears again, first on its page, without its heading.
    const sects: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const { elements } = await structureOf(pdf, n);
      const page = elements.map((e) => e.role);
      const starts = page.flatMap((r, i) => (r === "Sect" ? [page.slice(i + 1, i + 3).join(" ")] : []));
      sects.push(...(/^H\d/.test(starts[0] ?? "H") ? starts : starts.slice(1)));
      all.push(...elements);
    }
    const roles = all.map((e) => e.role);
    const definitions = all.findIndex((e) => e.role === "H3" && e.text === DEFINITIONS_HEADING);
    expect(definitions).toBeGreaterThan(0);
    expect(roles.slice(definitions + 1, definitions + 4)).toEqual(["L", "LI", "LBody"]);
    const recs = all.findIndex((e) => e.role === "H2" && e.text === ITEM_WORDS.recommendationsHeading);
    expect(recs).toBeGreaterThan(definitions);
    const after = roles.slice(recs);
    expect(after).toContain("Sect");
    // Headings never skip a level, in reading order (H1 … H6).
    let level = 0;
    for (const r of roles.filter((x) => /^H[1-6]$/.test(x))) {
      const l = Number(r.slice(1));
      expect(l, `${r} after H${level}`).toBeLessThanOrEqual(level + 1);
      level = l;
    }
    // Every recommendation is a section that opens with its heading.
    expect(sects.length).toBeGreaterThan(20);
    for (const s of sects) expect(s).toMatch(/^H\d/);
    // And the text is all there: recommendation texts are paragraphs.
    expect(all.filter((e) => e.role === "P" && e.text.length > 80).length).toBeGreaterThan(20);
  });
});
