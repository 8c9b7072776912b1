// Words for what a figure counts: the heading of a drill-down list, the line under a dashboard's title, shares as
// percentages. Pure (the words come in as an argument: words.ts), unit-tested.
import { formatDate, formatPercent } from "@/lib/i18n/format";
import { statusLabel } from "@/lib/i18n/status";
import type { AssessorType } from "@/lib/vocab";
import type { DashboardOptions, ListFilter } from "./urls";
import type { Words } from "./words";

/** "3 April 2012", from "2012-04-03", in the reader's language (English when no words are given). */
export function dayText(day: string, w: Pick<Words, "locale"> = { locale: "en" }): string {
  return formatDate(new Date(`${day}T00:00:00.000Z`), w.locale);
}

/**
 * Both clocks in words, never mixed: "status on 1 June 2012, as currently
 * recorded", "latest status, as recorded on 3 April 2026".
 */
export function momentText(o: Pick<DashboardOptions, "on" | "asOf">, w: Words): string {
  const on = o.on ? dayText(o.on, w) : "";
  const asOf = o.asOf ? dayText(o.asOf, w) : "";
  const key = `${o.on ? "on" : "latest"}${o.asOf ? "AsOf" : "Now"}`;
  return w.t(`moment.${key}`, { on, asOf });
}

/** The same, as a sentence start: "Status on 1 June 2012, as currently recorded". */
export function momentSentence(o: Pick<DashboardOptions, "on" | "asOf">, w: Words): string {
  const t = momentText(o, w);
  return t.charAt(0).toLocaleUpperCase(w.locale) + t.slice(1);
}

/** An assessor type in words ("ODIHR mission"). */
export function assessorName(a: AssessorType, w: Words): string {
  return w.t(`assessor.${a}`);
}

/** "all assessors" or "ODIHR mission only". */
export function assessorText(o: DashboardOptions, w: Words): string {
  return o.assessor ? w.t("assessorOnly", { assessor: assessorName(o.assessor, w) }) : w.t("assessorAll");
}

/**
 * "State's response: Implemented · Independent assessment: Not implemented · status on 3 April 2012, as currently recorded".
 * `names` gives the titles of the section and institution ids in the filter.
 */
export function describeFilter(
  f: ListFilter,
  o: DashboardOptions,
  w: Words,
  names: { section?: string | null; institution?: string | null } = {},
): string {
  const { t, s } = w;
  const parts: string[] = [];
  const independent = (status: string) =>
    o.assessor
      ? t("filter.independentBy", { assessor: assessorName(o.assessor, w), status })
      : t("filter.independent", { status });
  if (f.state) parts.push(t("filter.state", { status: statusLabel(s, f.state) }));
  if (f.independent) parts.push(independent(statusLabel(s, f.independent)));
  if (f.fullyOrMostly) parts.push(independent(t("fullyOrMostly")));
  if (f.priority) parts.push(t(`filter.priority.${f.priority}`));
  if (f.section) parts.push(t("filter.section", { name: names.section ?? t("filter.unknownSection") }));
  if (f.institution) parts.push(t("filter.institution", { name: names.institution ?? t("filter.unknownInstitution") }));
  if (f.noFollowUp) parts.push(t("filter.noFollowUp"));
  if (f.stale && o.staleSince) parts.push(t("filter.stale", { day: dayText(o.staleSince, w) }));
  if (parts.length === 0) parts.push(t("filter.all"));
  parts.push(momentText(o, w));
  return parts.join(" \u00b7 ");
}

/** "34%"; "–" when there is nothing to divide (no recommendation recorded). */
export function shareText(share: number | null, w: Pick<Words, "locale">): string {
  return share === null ? "\u2013" : formatPercent(share, w.locale);
}

/** "1 recommendation", "32 recommendations" (plural rules of the language). */
export function countText(n: number, w: Words): string {
  return w.t("count", { count: n });
}
