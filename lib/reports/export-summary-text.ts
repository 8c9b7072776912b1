// The summary of a report in words and tables: both lenses, changes since,
// the previous cycle, claims (as claims) and how the figures are computed.
import type { Tally } from "@/lib/dashboards/tally";
import { ASSESSMENT, ASSESSMENT_ORDER, PRIORITY, STATE_RESPONSE, STATE_RESPONSE_ORDER } from "@/lib/vocab";
import { UNCERTAIN_DATES_RULE } from "@/lib/dated";
import { coverageWarning } from "@/lib/status/coverage-text";
import { ReportHeaderLike, changeText, cycleName, dayText, shareText, type MomentOptions } from "./export-words";

// ---------------------------------------------------------------- summary

export interface ReportTable {
  id: string;
  title: string;
  caption: string | null;
  head: string[];
  rows: { cells: string[]; kind?: "total" | "group" }[];
}

export const STATE_LENS = "State\u2019s response (self-assessment)";
export const INDEPENDENT_LENS = "Independent assessment";

export function summaryIntro(h: ReportHeaderLike, options: MomentOptions): string {
  const n = h.summary.total.total;
  const status = options.on ? `status on ${dayText(options.on)}` : "latest recorded status";
  const recorded = options.asOf ? `as recorded on ${dayText(options.asOf)}` : "as currently recorded";
  // A partial cycle says so first: its figures are never a result for the whole report.
  const warning = coverageWarning(h.coverage);
  return (
    (warning ? `${warning} ` : "") +
    `${n} ${n === 1 ? "recommendation" : "recommendations"} recorded for this cycle (${status}, ${recorded}). ` +
    "The two lenses are never merged: the state\u2019s own response and the independent assessment are counted separately."
  );
}

function lensTable(h: ReportHeaderLike, lens: "state" | "independent"): ReportTable {
  const codes = lens === "state" ? STATE_RESPONSE_ORDER : ASSESSMENT_ORDER;
  const label = (c: string) =>
    lens === "state"
      ? STATE_RESPONSE[c as keyof typeof STATE_RESPONSE].label
      : ASSESSMENT[c as keyof typeof ASSESSMENT].label;
  const count = (t: Tally, c: string) => (t[lens] as Record<string, number>)[c] ?? 0;
  const groups = h.summary.byPriority.filter((p) => p.tally.total > 0);
  const showGroups = groups.length > 1 || (groups.length === 1 && groups[0]!.key !== "UNSPECIFIED");
  const total = h.summary.total;
  const since = h.since;
  const head = ["Status", ...(showGroups ? groups.map((g) => PRIORITY[g.key]) : []), "All", "Share"];
  if (since) head.push(`On ${dayText(since.date)}`, "Change");
  const row = (name: string, pick: (t: Tally) => number, kind?: "total") => {
    const cells = [
      name,
      ...(showGroups ? groups.map((g) => String(pick(g.tally))) : []),
      String(pick(total)),
      shareText(pick(total), total.total),
    ];
    if (since) cells.push(String(pick(since.tally)), changeText(pick(total) - pick(since.tally)));
    return kind ? { cells, kind } : { cells };
  };
  return {
    id: lens === "state" ? "summary-state" : "summary-independent",
    title: lens === "state" ? STATE_LENS : INDEPENDENT_LENS,
    caption: since
      ? `Counts with the status shown and with the status on ${dayText(since.date)} (as recorded at the same moment), and the change.`
      : null,
    head,
    rows: [...codes.map((c) => row(label(c), (t) => count(t, c))), row("Total", (t) => t.total, "total")],
  };
}

function previousTable(h: ReportHeaderLike): ReportTable | null {
  const p = h.previous;
  if (!p) return null;
  const cur = h.summary.total;
  const cell = (n: number, t: number) => `${n} (${shareText(n, t)})`;
  const rows: ReportTable["rows"] = [{ cells: [STATE_LENS, "", ""], kind: "group" }];
  for (const c of STATE_RESPONSE_ORDER)
    rows.push({
      cells: [STATE_RESPONSE[c].label, cell(cur.state[c], cur.total), cell(p.tally.state[c], p.tally.total)],
    });
  rows.push({ cells: [INDEPENDENT_LENS, "", ""], kind: "group" });
  for (const c of ASSESSMENT_ORDER)
    rows.push({
      cells: [ASSESSMENT[c].label, cell(cur.independent[c], cur.total), cell(p.tally.independent[c], p.tally.total)],
    });
  rows.push({ cells: ["Recommendations recorded", String(cur.total), String(p.tally.total)], kind: "total" });
  return {
    id: "summary-previous",
    title: `Compared with the previous cycle (${cycleName(p)})`,
    caption:
      "Same status day and same recording day for both cycles. Counts cover only the recommendations recorded in the tracker for each cycle.",
    head: ["Status", String(h.cycle.year), String(p.year)],
    rows,
  };
}

export function summaryTables(h: ReportHeaderLike): ReportTable[] {
  return [lensTable(h, "state"), lensTable(h, "independent"), previousTable(h)].filter(
    (t): t is ReportTable => t !== null,
  );
}

export const CLAIMS_HEADING = "Claims about this cycle";
export const CLAIMS_NOTE = "Claims are statements by the named source, not figures computed by this tracker.";
export function claimLines(h: ReportHeaderLike): string[] {
  return h.cycle.claims.map((c) => `Claim by ${c.claimant}: ${c.statement}`);
}

export const DEFINITIONS_HEADING = "How the figures are computed";
export const DEFINITIONS: string[] = [
  `State\u2019s response: the latest response of the state that was not withdrawn, in the CEC\u2019s vocabulary ` +
    `(latest date, then latest entry); none = \u201c${STATE_RESPONSE.NO_RESPONSE.label}\u201d.`,
  `Independent assessment: the latest assessment that was not withdrawn (latest date, then latest entry), ` +
    `on ODIHR\u2019s follow-up scale; none = \u201c${ASSESSMENT.NOT_YET_ASSESSED.label}\u201d.`,
  "\u201cStatus on\u201d a day: the status in the world on that day, counting only the responses, assessments and " +
    "follow-up entries dated on or before it. Without such a day, the latest recorded entries count, whatever their date.",
  `Uncertain dates: ${UNCERTAIN_DATES_RULE} Dates are given as precisely as the sources allow; no day is guessed.`,
  "\u201cAs recorded on\u201d a day: what the tracker held at the end of that day (UTC), from the versions it keeps of " +
    "every entry. It shows what the tracker knew then, not what happened then. Both together show what the tracker " +
    "knew on the second day about the status on the first.",
  "\u201cChanges since\u201d a day: the status on that earlier day, as recorded at the same moment, compared with the status shown.",
  "Earlier and later forms: recommendations of other cycles recorded as repeating this one or building on it.",
  "Recommendation texts and official responses are quoted verbatim from their sources. Internal follow-up notes are never included.",
  "The fingerprint identifies what the report shows (data and options, not the time or format of generation): " +
    "two copies with the same fingerprint show the same content.",
];
