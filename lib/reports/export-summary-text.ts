// The summary of a report in words and tables: both lenses, changes since,
// the previous cycle, claims (as claims) and how the figures are computed.
import type { Tally } from "@/lib/dashboards/tally";
import { ASSESSMENT_ORDER, STATE_RESPONSE_ORDER, type Priority } from "@/lib/vocab";
import {
  ReportHeaderLike,
  changeText,
  coverageWarningIn,
  cycleName,
  shareText,
  type MomentOptions,
} from "./export-words";
import { ENGLISH, type ReportWords } from "./report-words";

// ---------------------------------------------------------------- summary

export interface ReportTable {
  id: string;
  title: string;
  caption: string | null;
  head: string[];
  rows: { cells: string[]; kind?: "total" | "group" }[];
}

export const STATE_LENS = ENGLISH.t("summary.stateLens");
export const INDEPENDENT_LENS = ENGLISH.t("summary.independentLens");

/** "Priority", "Other", "Not classified" in the report's language. */
export const priorityLabel = (p: Priority, w: ReportWords = ENGLISH) => w.t(`priority.${p}`);

export function summaryIntro(h: ReportHeaderLike, options: MomentOptions, w: ReportWords = ENGLISH): string {
  const status = options.on
    ? w.t("moment.statusOnLower", { date: w.day(options.on) })
    : w.t("moment.statusLatestLower");
  const recorded = options.asOf
    ? w.t("moment.recordedOnLower", { date: w.day(options.asOf) })
    : w.t("moment.recordedNowLower");
  const text = w.t("summary.intro", { count: h.summary.total.total, status, recorded });
  // A partial cycle says so first: its figures are never a result for the whole report.
  const warning = coverageWarningIn(h.coverage, w);
  return warning ? w.t("summary.withWarning", { warning, text }) : text;
}

function lensTable(h: ReportHeaderLike, lens: "state" | "independent", w: ReportWords): ReportTable {
  const codes = lens === "state" ? STATE_RESPONSE_ORDER : ASSESSMENT_ORDER;
  const label = (c: (typeof codes)[number]) => w.status(c);
  const count = (t: Tally, c: string) => (t[lens] as Record<string, number>)[c] ?? 0;
  const groups = h.summary.byPriority.filter((p) => p.tally.total > 0);
  const showGroups = groups.length > 1 || (groups.length === 1 && groups[0]!.key !== "UNSPECIFIED");
  const total = h.summary.total;
  const since = h.since;
  const head = [
    w.t("summary.status"),
    ...(showGroups ? groups.map((g) => priorityLabel(g.key, w)) : []),
    w.t("summary.all"),
    w.t("summary.share"),
  ];
  if (since) head.push(w.t("summary.onDay", { date: w.day(since.date) }), w.t("summary.change"));
  const row = (name: string, pick: (t: Tally) => number, kind?: "total") => {
    const cells = [
      name,
      ...(showGroups ? groups.map((g) => String(pick(g.tally))) : []),
      String(pick(total)),
      shareText(pick(total), total.total, w),
    ];
    if (since) cells.push(String(pick(since.tally)), changeText(pick(total) - pick(since.tally)));
    return kind ? { cells, kind } : { cells };
  };
  return {
    id: lens === "state" ? "summary-state" : "summary-independent",
    title: w.t(lens === "state" ? "summary.stateLens" : "summary.independentLens"),
    caption: since ? w.t("summary.caption", { date: w.day(since.date) }) : null,
    head,
    rows: [...codes.map((c) => row(label(c), (t) => count(t, c))), row(w.t("summary.total"), (t) => t.total, "total")],
  };
}

function previousTable(h: ReportHeaderLike, w: ReportWords): ReportTable | null {
  const p = h.previous;
  if (!p) return null;
  const cur = h.summary.total;
  const cell = (n: number, t: number) => `${n} (${shareText(n, t, w)})`;
  const rows: ReportTable["rows"] = [{ cells: [w.t("summary.stateLens"), "", ""], kind: "group" }];
  for (const c of STATE_RESPONSE_ORDER)
    rows.push({
      cells: [w.status(c), cell(cur.state[c], cur.total), cell(p.tally.state[c], p.tally.total)],
    });
  rows.push({ cells: [w.t("summary.independentLens"), "", ""], kind: "group" });
  for (const c of ASSESSMENT_ORDER)
    rows.push({
      cells: [w.status(c), cell(cur.independent[c], cur.total), cell(p.tally.independent[c], p.tally.total)],
    });
  rows.push({ cells: [w.t("summary.recorded"), String(cur.total), String(p.tally.total)], kind: "total" });
  return {
    id: "summary-previous",
    title: w.t("summary.previousTitle", { cycle: cycleName(p) }),
    caption: w.t("summary.previousCaption"),
    head: [w.t("summary.status"), String(h.cycle.year), String(p.year)],
    rows,
  };
}

export function summaryTables(h: ReportHeaderLike, w: ReportWords = ENGLISH): ReportTable[] {
  return [lensTable(h, "state", w), lensTable(h, "independent", w), previousTable(h, w)].filter(
    (t): t is ReportTable => t !== null,
  );
}

export const CLAIMS_HEADING = ENGLISH.t("claims.heading");
export const CLAIMS_NOTE = ENGLISH.t("claims.note");
export function claimLines(h: ReportHeaderLike, w: ReportWords = ENGLISH): string[] {
  return h.cycle.claims.map((c) => w.t("claims.claim", { claimant: c.claimant, statement: c.statement }));
}

export const DEFINITIONS_HEADING = ENGLISH.t("definitions.heading");

/** How the figures are computed, in the report's language; a report in another language also says how it quotes. */
export function definitions(w: ReportWords = ENGLISH): string[] {
  const out = [
    w.t("definitions.state", { none: w.status("NO_RESPONSE") }),
    w.t("definitions.independent", { none: w.status("NOT_YET_ASSESSED") }),
    w.t("definitions.statusOn"),
    w.t("definitions.uncertain", { rule: w.t("definitions.uncertainRule") }),
    w.t("definitions.asOf"),
    w.t("definitions.since"),
    w.t("definitions.forms"),
    w.t("definitions.verbatim"),
    w.t("definitions.fingerprint"),
  ];
  // English reports read as before; a translation is offered only into another language.
  if (w.locale !== "en") out.push(w.t("definitions.languages"));
  return out;
}

export const DEFINITIONS: string[] = definitions(ENGLISH);
