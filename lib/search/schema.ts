// The search's query and filters, parsed from a URL (the search page) or an API
// query string (/api/v1/recommendations?q=…). Unknown or malformed values are
// reported and dropped, never passed to the database.
import { z } from "zod";
import { UNSAFE_CHARS } from "@/lib/validation";
import { ASSESSMENT_ORDER, STATE_RESPONSE_ORDER, type AssessmentStatus, type StateResponseStatus } from "@/lib/vocab";

const blank = (v: unknown) => (v === "" || v === null ? undefined : Array.isArray(v) ? v[0] : v);
const slugLike = /^[A-Za-z0-9/_-]+$/;

export const SEARCH_PAGE_SIZE = 20;
export const QUERY_MAX = 200;

/** What the user typed: free words, "quoted phrases", `or`, `-excluded` (websearch syntax). */
export const searchQuery = z
  .string()
  .trim()
  .max(QUERY_MAX, `must be at most ${QUERY_MAX} characters`)
  // PostgreSQL refuses NUL in text; a direction override only garbles what is shown back.
  .refine((s) => !UNSAFE_CHARS.test(s), "must not contain invisible control characters")
  // The highlight markers are private-use characters; nobody types them.
  .transform((s) => s.replace(/[\uE000\uE001]/g, " ").trim());

export const SearchFilterShape = {
  /** Country code (ISO 3166-1 alpha-2), e.g. KZ. */
  country: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[A-Za-z]{2}$/, "must be a two-letter country code")
      .transform((s) => s.toUpperCase())
      .optional(),
  ),
  /** Cycle slug, e.g. kz-2011. */
  cycle: z.preprocess(blank, z.string().max(100).regex(slugLike, "must be a cycle identifier").optional()),
  /** Section key within a cycle (e.g. A, B/media); topics count under their section. */
  section: z.preprocess(blank, z.string().max(100).regex(slugLike, "must be a section key").optional()),
  /** The state's response lens. */
  status: z.preprocess(
    blank,
    z.enum(STATE_RESPONSE_ORDER as [StateResponseStatus, ...StateResponseStatus[]]).optional(),
  ),
  /** The independent-assessment lens. */
  independent: z.preprocess(blank, z.enum(ASSESSMENT_ORDER as [AssessmentStatus, ...AssessmentStatus[]]).optional()),
  /** Responsible institution id. */
  institution: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[a-z0-9]{20,40}$/, "must be an institution identifier")
      .optional(),
  ),
  /** Theme id (lib/themes), across cycles. */
  theme: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[a-z0-9]{20,40}$/, "must be a theme identifier")
      .optional(),
  ),
};

export interface SearchFilter {
  country?: string;
  cycle?: string;
  section?: string;
  status?: StateResponseStatus;
  independent?: AssessmentStatus;
  institution?: string;
  theme?: string;
}

export const SEARCH_FILTER_KEYS = [
  "country",
  "cycle",
  "section",
  "status",
  "independent",
  "institution",
  "theme",
] as const;

const pageParam = z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).optional());

/** The search page's URL: `/search?q=…&country=…&cycle=…&page=…`. */
export function parseSearchParams(params: Record<string, string | string[] | undefined>): {
  q: string;
  filter: SearchFilter;
  page: number;
  invalid: string[];
} {
  const invalid: string[] = [];
  const q = searchQuery.safeParse(blank(params.q) ?? "");
  if (!q.success) invalid.push("q");
  const filter: SearchFilter = {};
  for (const key of SEARCH_FILTER_KEYS) {
    const one = SearchFilterShape[key].safeParse(params[key]);
    if (!one.success) invalid.push(key);
    else if (one.data !== undefined) (filter as Record<string, string>)[key] = one.data;
  }
  const page = pageParam.safeParse(params.page);
  if (!page.success) invalid.push("page");
  return { q: q.success ? q.data : "", filter, page: page.success ? (page.data ?? 1) : 1, invalid };
}

/** The URL of a search (same order of parameters everywhere, so links are stable). */
export function searchHref(q: string, filter: SearchFilter, page = 1): string {
  const p = new URLSearchParams();
  if (q) p.set("q", q);
  for (const key of SEARCH_FILTER_KEYS) if (filter[key]) p.set(key, filter[key]!);
  if (page > 1) p.set("page", String(page));
  const s = p.toString();
  return s ? `/search?${s}` : "/search";
}

/** Which text of which record matched. */
export type HitKind = "recommendation" | "response" | "assessment" | "followUp" | "document";

export const HIT_KIND_LABEL: Record<HitKind, string> = {
  recommendation: "recommendation text",
  response: "state's response",
  assessment: "independent assessment",
  followUp: "follow-up",
  document: "document",
};

/** The highlight markers ts_headline puts around a match; the page turns them into <mark>. */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** A snippet split into plain and matched parts (rendered as text, never as HTML). */
export function highlightParts(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  const re = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, "g");
  let at = 0;
  for (const m of snippet.matchAll(re)) {
    if (m.index > at) parts.push({ text: snippet.slice(at, m.index), match: false });
    parts.push({ text: m[1]!, match: true });
    at = m.index + m[0].length;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), match: false });
  // A marker left unpaired (cut by a fragment boundary) never shows.
  return parts.map((p) => ({ ...p, text: p.text.replace(/[\uE000\uE001]/g, "") })).filter((p) => p.text.length > 0);
}
