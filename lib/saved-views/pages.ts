// The filtered pages a saved view can open, each with the page's OWN parser of its URL (the same schema the page
// reads its searchParams with) and the link rebuilt from the values that parser accepted. Unknown or invalid
// parameters are dropped; a raw URL or path is never stored or followed (docs/decisions/014-saved-views.md).
import { z } from "zod";
import { cycleQuery, parseCycleFilter } from "@/lib/cycles/schema";
import { parseDashboardParams } from "@/lib/dashboards/schema";
import { DeadlineViewSchema } from "@/lib/owners/schema";
import { parseSearchParams, searchHref } from "@/lib/search/schema";
import { parseMoment } from "@/lib/status/moment";

export const SAVED_VIEW_PAGES = ["SEARCH", "CYCLE", "CYCLE_DASHBOARD", "THEME_DASHBOARD", "DEADLINES"] as const;
export type SavedViewPage = (typeof SAVED_VIEW_PAGES)[number];

/** What a person reads next to a view's name. */
export const PAGE_LABEL: Record<SavedViewPage, string> = {
  SEARCH: "Search",
  CYCLE: "Recommendations of a cycle",
  CYCLE_DASHBOARD: "Dashboard of a cycle",
  THEME_DASHBOARD: "Dashboard of a theme",
  DEADLINES: "Deadlines",
};

export type RawParams = Record<string, string | string[] | undefined>;
/** The validated values of a view: only the keys the page knows, as strings. */
export type ViewParams = Record<string, string>;

const cycleSlug = z
  .string()
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/);
const themeId = z.string().regex(/^[a-z0-9]{20,40}$/);
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const defined = (o: Record<string, string | null | undefined>): ViewParams =>
  Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));

/** A dashboard's options in the order of components/dashboard/urls.ts `queryOf` (on, asOf, assessor, staleSince). */
function dashboardQuery(p: ViewParams): string {
  const { on, asOf, assessor, staleSince } = parseDashboardParams(p).params;
  const s = new URLSearchParams(defined({ on, asOf, assessor, staleSince })).toString();
  return s ? `?${s}` : "";
}

interface PageDef {
  /** The page's own parse of its URL; null when the page itself cannot be named (e.g. no valid cycle). */
  parse: (raw: RawParams) => ViewParams | null;
  /** The link, from parsed values only. */
  href: (p: ViewParams) => string;
}

const DEFS: Record<SavedViewPage, PageDef> = {
  SEARCH: {
    parse: (raw) => {
      const { q, filter } = parseSearchParams(raw);
      return defined({ q, ...filter });
    },
    href: (p) => {
      const { q, filter } = parseSearchParams(p);
      return searchHref(q, filter);
    },
  },
  CYCLE: {
    parse: (raw) => {
      const slug = cycleSlug.safeParse(first(raw.slug));
      if (!slug.success) return null;
      const { moment } = parseMoment(raw);
      return defined({ slug: slug.data, ...parseCycleFilter(raw).filter, on: moment.on, asOf: moment.asOf });
    },
    href: (p) =>
      `/cycles/${encodeURIComponent(p.slug!)}${cycleQuery(parseCycleFilter(p).filter, parseMoment(p).moment)}`,
  },
  CYCLE_DASHBOARD: {
    parse: (raw) => {
      const slug = cycleSlug.safeParse(first(raw.slug));
      if (!slug.success) return null;
      const { params } = parseDashboardParams(raw);
      // The dashboard's own options; its drill-down filters belong to the list page, not to the dashboard.
      const { on, asOf, assessor, staleSince } = params;
      return defined({ slug: slug.data, on, asOf, assessor, staleSince });
    },
    href: (p) => `/dashboards/${encodeURIComponent(p.slug!)}${dashboardQuery(p)}`,
  },
  THEME_DASHBOARD: {
    parse: (raw) => {
      const id = themeId.safeParse(first(raw.themeId));
      if (!id.success) return null;
      const { on, asOf, assessor } = parseDashboardParams(raw).params;
      return defined({ themeId: id.data, on, asOf, assessor });
    },
    href: (p) => `/dashboards/themes/${p.themeId!}${dashboardQuery(p)}`,
  },
  DEADLINES: {
    parse: (raw) => {
      const { view, days } = DeadlineViewSchema.parse({ view: first(raw.view), days: first(raw.days) });
      const out: ViewParams = view === "upcoming" ? { view, days: String(days) } : { view };
      return out;
    },
    href: (p) => {
      const { view, days } = DeadlineViewSchema.parse({ view: p.view, days: p.days });
      return view === "upcoming" ? `/deadlines?view=upcoming&days=${days}` : "/deadlines?view=overdue";
    },
  },
};

/** The values of a page's URL a view keeps (null: the page cannot be named). */
export function viewParams(page: SavedViewPage, raw: RawParams): ViewParams | null {
  return DEFS[page].parse(raw);
}

/** A stored view's link: its values parsed again by the page's schema (a value since made invalid is dropped). */
export function viewHref(page: SavedViewPage, stored: unknown): string | null {
  const raw = stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as RawParams) : {};
  const strings = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string")) as RawParams;
  const p = DEFS[page].parse(strings);
  return p ? DEFS[page].href(p) : null;
}

/** A query string ("a=1&b=2", with or without "?") as the record a page's parser reads. */
export function rawOfQuery(query: string): RawParams {
  const out: RawParams = {};
  for (const [k, v] of new URLSearchParams(query.replace(/^\?/, ""))) {
    const had = out[k];
    out[k] = had === undefined ? v : Array.isArray(had) ? [...had, v] : [had, v];
  }
  return out;
}
