// Words for links between recommendations. Pure, unit-tested.
import { ASSESSMENT, STATE_RESPONSE, type AssessmentStatus, type StateResponseStatus } from "@/lib/vocab";

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

/**
 * A trigram similarity (0–1, lib/links/similar.ts) in words for editors: how much wording two texts share,
 * never a claim that they say the same thing (the editor decides).
 */
export function similarityWords(similarity: number): string {
  const s = Math.min(1, Math.max(0, similarity));
  const words = s >= 0.6 ? "Reads almost the same" : s >= 0.45 ? "Reads much alike" : "Reads somewhat alike";
  return `${words}: ${Math.round(s * 100)} % of their wording in common`;
}

/** Plain words for "since when is this repeated recommendation outstanding", each lens named, never merged. */
export function outstandingSentence(r: {
  since: number;
  state: StateResponseStatus;
  independent: AssessmentStatus;
  outstandingByState: boolean;
  outstandingIndependently: boolean;
}): string {
  const state = `the state’s response is “${STATE_RESPONSE[r.state].label}”`;
  const independent =
    r.independent === "NOT_YET_ASSESSED"
      ? "it has not been assessed independently yet"
      : `the independent assessment finds it “${ASSESSMENT[r.independent].label}”`;
  if (r.outstandingByState && r.outstandingIndependently)
    return `Outstanding since ${r.since}: ${state}, and ${independent}.`;
  if (r.outstandingIndependently)
    return `Outstanding since ${r.since}: ${independent}, although the state reports it implemented.`;
  if (r.outstandingByState)
    return (
      `Outstanding since ${r.since} by the state’s own account: ${state}, ` +
      "although it is assessed as fully implemented."
    );
  return (
    "No longer outstanding: the state reports it implemented and it is assessed as fully implemented " +
    `(first recommended in ${r.since}).`
  );
}
