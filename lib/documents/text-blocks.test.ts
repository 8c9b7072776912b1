import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseInline, textBlocks } from "./text-blocks";

const source = (name: string) => readFileSync(`prisma/seed-data/sources/${name}`, "utf8");

describe("textBlocks", () => {
  it("turns the seed press release's Markdown into headings, paragraphs and strong text without markers", () => {
    const blocks = textBlocks(source("002_49098ec479d2660c.txt"));
    expect(blocks[0]).toEqual({
      kind: "paragraph",
      content: [
        { kind: "strong", text: "ORGANIZATION FOR SECURITY AND CO-OPERATION IN EUROPE" },
        { kind: "text", text: "\n" },
        { kind: "strong", text: "Office for Democratic Institutions and Human Rights" },
      ],
    });
    expect(blocks[1]).toEqual({ kind: "rule" });
    expect(blocks[2]).toEqual({ kind: "heading", level: 2, content: [{ kind: "strong", text: "PRESS RELEASE" }] });
    expect(blocks[3]).toMatchObject({ kind: "heading", level: 3 });
    const all = JSON.stringify(blocks);
    expect(all).not.toMatch(/\*\*|##/);
  });

  it("gathers a list whose items are separated by blank lines and continued after one", () => {
    const blocks = textBlocks(source("003_f1323ea35d8ddfca.txt"));
    const list = blocks.find((b) => b.kind === "list");
    expect(list?.kind === "list" && list.items.length).toBe(5);
    expect(list?.kind === "list" && list.items[2]![0]!.text).toBe(
      "lack of transparency in the vote count and tabulation, and the frequent failure to\nfollow proper procedures;",
    );
  });

  it("keeps numbered paragraphs inside running text as text, and makes a block of numbered lines a list", () => {
    const blocks = textBlocks("Intro line\n1. Needed reforms\n2002. And yet\n\n1) first\n2) second");
    expect(blocks[0]).toEqual({
      kind: "paragraph",
      content: [{ kind: "text", text: "Intro line\n1. Needed reforms\n2002. And yet" }],
    });
    expect(blocks[1]).toMatchObject({
      kind: "list",
      ordered: true,
      start: 1,
      items: [[{ text: "first" }], [{ text: "second" }]],
    });
  });

  it("separates PDF pages and copes with CRLF and non-breaking spaces", () => {
    const blocks = textBlocks("Page one\r\n\fPage\u00a0two");
    expect(blocks.map((b) => b.kind === "paragraph" && b.content[0]!.text)).toEqual(["Page one", "Page two"]);
  });
});

describe("parseInline", () => {
  it("finds emphasis and strong runs, and leaves lone asterisks and snake_case alone", () => {
    expect(parseInline("a **b** *c* _d_ e * f snake_case_name")).toEqual([
      { kind: "text", text: "a " },
      { kind: "strong", text: "b" },
      { kind: "text", text: " " },
      { kind: "em", text: "c" },
      { kind: "text", text: " " },
      { kind: "em", text: "d" },
      { kind: "text", text: " e * f snake_case_name" },
    ]);
  });
});
