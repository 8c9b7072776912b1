// Pure helpers of the audit history page (unit-tested in format.test.ts): the
// query strings of the filter, paging and export links, the filters in words,
// and short forms of long values. The events' words come from lib/audit/readable.ts.
import type { AuditFilterOptions } from "@/lib/audit/queries";
import type { AuditFilter } from "@/lib/audit/schema";
import { actionLabel, entityTypeLabel } from "@/lib/audit/field-labels";
import { whenUtc } from "@/lib/audit/readable";
import { english, type AuditWords } from "@/lib/audit/words";
import { formatDate } from "@/lib/i18n/format";

export { actionLabel, entityTypeLabel };
export { ACTION_LABEL, ENTITY_TYPE_LABEL, SECURITY_ACTIONS, SECURITY_ENTITY_TYPES } from "@/lib/audit/field-labels";

/** Names of the filters in English, for the CSV export's notice (the page takes them from "auditPage.filterNames"). */
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

/**
 * The filters in the reader's words, for print (where the form is hidden): "User: Eve Editor",
 * "From: 1 January 2026".
 */
export function filterSummary(filter: AuditFilter, options: AuditFilterOptions, w: AuditWords = english()): string[] {
  const t = (key: string, values?: Record<string, string | number>) => w.t(`auditPage.summary.${key}`, values);
  const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00.000Z`), w.locale);
  const cycle = options.cycle?.slug === filter.cycle ? options.cycle : null;
  const user = options.users.find((u) => u.id === filter.actor);
  const country = options.countries.find((c) => c.code === filter.country);
  return [
    filter.actor && (user ? t("user", { name: user.name }) : t("userGone")),
    filter.entityType && t("entityType", { type: entityTypeLabel(filter.entityType, w) }),
    filter.cycle && (cycle ? t("cycle", { country: cycle.country, cycle: cycle.label }) : t("cycleGone")),
    filter.country && (country ? t("country", { name: country.name }) : t("countryGone")),
    filter.year && t("year", { year: String(filter.year) }),
    filter.action && t("action", { action: actionLabel(filter.action, w) }),
    filter.from && t("from", { day: day(filter.from) }),
    filter.to && t("to", { day: day(filter.to) }),
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
