// Which people match a mention being typed. Pure, unit-tested; used by mention-autocomplete.tsx.
import type { MentionChoice } from "./mention-picker";

/** The mention being typed just before the caret: "@" (or "@[") at a word start, then up to 40 characters. */
const TYPING = /(?:^|[\s(])(@\[?)([^\]\n@[]{0,40})$/;

/** The mention typed before the caret (where it starts, and the text after "@" or "@["), or null. */
export function typedMention(before: string): { start: number; query: string; bracket: boolean } | null {
  const m = TYPING.exec(before);
  if (!m) return null;
  const query = m[2] ?? "";
  return { start: before.length - m[1]!.length - query.length, query, bracket: m[1] === "@[" };
}

/** Up to 8 people whose name (or one of its words) starts with what was typed. */
export function matches(people: MentionChoice[], typed: string): MentionChoice[] {
  const q = typed.trim().toLowerCase();
  const hit = (label: string) => {
    const l = label.toLowerCase();
    return q === "" || l.startsWith(q) || l.split(/\s+/).some((w) => w.startsWith(q));
  };
  return people.filter((p) => hit(p.label)).slice(0, 8);
}
