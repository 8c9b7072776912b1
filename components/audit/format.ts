// Pure helpers of the audit history page (unit-tested in format.test.ts): the
// query strings of the filter, paging and export links, the filters in words,
// and short forms of long values. The events' words come from lib/audit/readable.ts.
import type { AuditFilterOptions } from "@/lib/audit/queries";
import type { AuditFilter } from "@/lib/audit/schema";
import { actionLabel, entityTypeLabel } from "@/lib/audit/field-labels";
import { whenUtc } from "@/lib/audit/readable";
import { formatDated } from "@/lib/dated";

export { actionLabel, entityTypeLabel };
export { ACTION_LABEL, ENTITY_TYPE_LABEL, SECURITY_ACTIONS, SECURITY_ENTITY_TYPES } from "@/lib/audit/field-labels";

/** Names of the filters, for the notice about values that were ignored. */
export const FILTER_LABEL: Record<string, string> = {
  actor: "User",
  entityType: "Type of record",
  action: "Action",
  cycle: "Cycle",
  country: "Country",
  year: "Election year",
  from: "From date",
  to: "To date",
  before: "Page",
};

/** "2011-04-03 09:15:02" (UTC), for the "When (UTC)" column. */
export const formatWhen = whenUtc;

const asDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00.000Z`);
  return formatDated({ datePrecision: "DAY", dateFrom: d, dateTo: d });
};

/** The filters in words, for print (where the form is hidden): "User: Eve Editor", "From: 1 January 2026". */
export function filterSummary(filter: AuditFilter, options: AuditFilterOptions): string[] {
  const cycle = options.cycle?.slug === filter.cycle ? options.cycle : null;
  return [
    filter.actor &&
      `User: ${options.users.find((u) => u.id === filter.actor)?.name ?? "a user no longer in the tracker"}`,
    filter.entityType && `Type of record: ${entityTypeLabel(filter.entityType)}`,
    filter.cycle && `Cycle: ${cycle ? `${cycle.country}, ${cycle.label}` : "not in the tracker"}`,
    filter.country &&
      `Country: ${options.countries.find((c) => c.code === filter.country)?.name ?? "not in the tracker"}`,
    filter.year && `Election year: ${filter.year}`,
    filter.action && `Action: ${actionLabel(filter.action)}`,
    filter.from && `From: ${asDay(filter.from)}`,
    filter.to && `To: ${asDay(filter.to)}`,
  ].filter((s): s is string => Boolean(s));
}

/** A long value's first `max` characters, cut at a word, line breaks collapsed; `cut` says whether it was shortened. */
export function shorten(text: string, max = 160): { text: string; cut: boolean } {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return { text: t, cut: false };
  const head = t.slice(0, max - 1);
  const space = head.lastIndexOf(" ");
  return { text: `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.]+$/, "")}…`, cut: true };
}

const FILTER_KEYS = ["actor", "entityType", "action", "cycle", "country", "year", "from", "to"] as const;

/**
 * The query string ("?a=b" or "") of the audit page or export for a filter.
 * `before` is kept only when given in `overrides` (paging), never for exports.
 */
export function auditQuery(filter: AuditFilter, overrides: { before?: number | null } = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = filter[key];
    if (v !== undefined && v !== "") params.set(key, String(v));
  }
  if (overrides.before) params.set("before", String(overrides.before));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The file name of an export made on `now`: audit-YYYY-MM-DD.csv (UTC). */
export function exportFileName(now: Date): string {
  return `audit-${now.toISOString().slice(0, 10)}.csv`;
}
