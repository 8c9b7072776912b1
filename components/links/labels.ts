// Words for links between recommendations. Pure, unit-tested.

export type LinkKind = "REPEATS" | "BUILDS_ON";

export const LINK_KIND: Record<LinkKind, { label: string; laterLabel: string }> = {
  REPEATS: { label: "Repeats", laterLabel: "Repeated by" },
  BUILDS_ON: { label: "Builds on", laterLabel: "Built on by" },
};

/** The first `max` characters, cut at a word, with "…" when shortened. */
export function excerpt(text: string, max = 80): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** "2005 · 17 — Abstentions (blank votes) should explicitly be counted in the result…" */
export function candidateLabel(c: { label: string; text: string; cycle: { year: number } }): string {
  return `${c.cycle.year} · ${c.label} — ${excerpt(c.text)}`;
}
