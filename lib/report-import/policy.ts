// Pure rules of the report-text import: how a printed heading becomes a section of the cycle (key, title,
// priority), how a printed label is normalised, and which items are already recorded. Unit-tested.
import type { Priority } from "@/lib/generated/prisma/enums";
import { parseLabel } from "@/lib/recommendations/order";

// Capital letters of other alphabets that print like Latin ones (the 2011 source's "А" is Cyrillic).
const LOOK_ALIKE: Record<string, string> = {
  "\u0410": "A", // Cyrillic А
  "\u0412": "B", // Cyrillic В
  "\u0421": "C", // Cyrillic С
  "\u0415": "E", // Cyrillic Е
  "\u041D": "H", // Cyrillic Н
  "\u041A": "K", // Cyrillic К
  "\u041C": "M", // Cyrillic М
  "\u041E": "O", // Cyrillic О
  "\u0420": "P", // Cyrillic Р
  "\u0422": "T", // Cyrillic Т
  "\u0425": "X", // Cyrillic Х
  "\u0391": "A", // Greek Alpha
  "\u0392": "B", // Greek Beta
  "\u0395": "E", // Greek Epsilon
};

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** "А. Priority recommendations" (Cyrillic А) → "A. Priority recommendations". */
export function normaliseHeading(heading: string): string {
  const s = squash(heading);
  const first = s.charAt(0);
  return (LOOK_ALIKE[first] ?? first) + s.slice(1);
}

/** "Election administration" → "election-administration". */
export function slug(s: string): string {
  return (
    s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "section"
  );
}

export interface SectionPlan {
  key: string;
  title: string;
  priority: Priority;
}

/** A section heading as the cycle stores it: "A. Priority recommendations" → key "A", priority PRIORITY. */
export function sectionOf(heading: string): SectionPlan {
  const title = normaliseHeading(heading);
  const lettered = /^([A-Z])[.)]\s+\S/.exec(title);
  const priority: Priority = /\bpriority\b/i.test(title)
    ? "PRIORITY"
    : /\bother\b/i.test(title)
      ? "OTHER"
      : "UNSPECIFIED";
  return { key: lettered ? lettered[1]! : slug(title), title, priority };
}

/** A topic heading inside a section: key "B/election-administration", as the seed keys them. */
export function topicOf(sectionKey: string | null, heading: string): SectionPlan {
  const title = squash(heading);
  return { key: sectionKey ? `${sectionKey}/${slug(title)}` : slug(title), title, priority: "UNSPECIFIED" };
}

/** "4 (a)" → "4(a)", "17" → "17"; null when the label is not a number with an optional small letter. */
export function normaliseLabel(label: string): string | null {
  const p = parseLabel(squash(label));
  return p ? (p.letter ? `${p.number}(${p.letter})` : String(p.number)) : null;
}

/** The labels of `items` already recorded in the cycle (compared normalised). */
export function alreadyRecorded(items: { label: string }[], existing: Iterable<string>): Set<string> {
  const have = new Set([...existing].map((l) => normaliseLabel(l) ?? l));
  return new Set(items.map((i) => normaliseLabel(i.label) ?? i.label).filter((l) => have.has(l)));
}
