// The parser on the one real source we hold: the Recommendations part of the CEC's 2011 Comments, checked
// against the verbatim seed (read and verified separately by lib/seed/parse-cec-comments.ts and its tests).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KZ_2011_LABELS } from "@/lib/test/kz-2011";
import { parseReportText } from "./parse";
import { ParsedReportSchema } from "./parsed";

const source = readFileSync(
  new URL("../../prisma/seed-data/sources/001_00b9d59d0ed12259.txt", import.meta.url),
  "utf8",
);
interface SeedItem {
  label: string;
  section: "A" | "B";
  topic: string | null;
  leadIn: string | null;
  text: string;
  response: { text: string; statusSentence: string; status: string };
}
const seed = JSON.parse(
  readFileSync(new URL("../../prisma/seed-data/kz-2011-recommendations.json", import.meta.url), "utf8"),
) as { sections: { key: string; title: string }[]; topics: { key: string; title: string }[]; items: SeedItem[] };

const norm = (s: string | null | undefined) => (s == null ? s : s.replace(/\s+/g, " ").trim());
const lines = source.split("\n");
const part = lines.slice(
  lines.indexOf("Recommendations"),
  lines.findIndex((l) => l.startsWith("Примечание:")),
);

describe.each([
  ["the Recommendations part", part.join("\n")],
  ["the whole document (the part is found by its heading)", source],
])("parseReportText on %s of the 2011 CEC Comments", (_, text) => {
  const parsed = parseReportText(text);

  it("finds the 32 items in order, without warnings, in the shared contract", () => {
    expect(parsed.items.map((it) => it.label)).toEqual(KZ_2011_LABELS);
    expect(parsed.warnings).toEqual([]);
    expect(ParsedReportSchema.parse(parsed)).toEqual(parsed);
  });

  it("gives each item the seed's section (Latin A), topic, lead-in, text and answer", () => {
    const title = (list: { key: string; title: string }[], key: string | null) =>
      key === null ? null : list.find((x) => x.key === key)?.title;
    const expected = seed.items.map((it) => ({
      label: it.label,
      section: title(seed.sections, it.section),
      topic: title(seed.topics, it.topic),
      leadIn: norm(it.leadIn),
      text: norm(it.text),
      response: {
        status: it.response.status,
        statusSentence: it.response.statusSentence,
        text: norm(it.response.text),
      },
    }));
    const actual = parsed.items.map((it) => ({
      ...it,
      leadIn: norm(it.leadIn),
      text: norm(it.text),
      response: it.response && { ...it.response, text: norm(it.response.text) },
    }));
    expect(actual).toEqual(expected);
    expect(parsed.items[0]?.section).toBe("A. Priority recommendations");
  });

  it("keeps the answer's paragraphs apart, nearly always where the seed (read by hand) does", () => {
    const first = parsed.items[0]?.response?.text.split("\n\n") ?? [];
    expect(first).toHaveLength(3);
    expect(first[1]).toMatch(/^Taking into account the last election campaigns/);
    const asSeed = parsed.items.filter((it, i) => it.response?.text === seed.items[i]?.response.text);
    expect(asSeed.length).toBeGreaterThanOrEqual(30);
  });
});
