// What is measured: the read pages of issue 8 (as the viewer, or the editor
// where the page needs one), and the static floor. One cycle of the generated
// data is measured at every size (xaa-2024: 40 recommendations, present from
// the smoke size up) with its recommendation "1"; the writers work on another
// cycle (xaa-2025), so their saves do not change what the readers read.
export const MEASURED_CYCLE = "xaa-2024";
export const MEASURED_LABEL = "1";
export const WRITE_CYCLE = "xaa-2025";

export type Role = "anonymous" | "viewer" | "editor";

export interface Page {
  key: string;
  path: string;
  as: Role;
}

export const STATIC_FLOOR: Page = { key: "static", path: "/sign-in", as: "anonymous" };

/**
 * The search measured: two words that every kind of generated text can hold
 * (many hits across the whole data set: the heavy case), and the same words
 * in the measured cycle only.
 */
export const SEARCH_QUERY = "transparency observer";

export function readPages(slug: string, recId: string): Page[] {
  return [
    { key: "dashboards", path: "/dashboards", as: "viewer" },
    { key: "cycle-dashboard", path: `/dashboards/${slug}`, as: "viewer" },
    { key: "cycles", path: "/", as: "viewer" },
    { key: "cycle", path: `/cycles/${slug}`, as: "viewer" },
    { key: "report", path: `/reports/${slug}`, as: "viewer" },
    { key: "report-csv", path: `/api/reports/${slug}/csv`, as: "viewer" },
    { key: "report-pdf", path: `/api/reports/${slug}/pdf`, as: "viewer" },
    { key: "recommendation", path: `/recommendations/${recId}`, as: "editor" },
    { key: "audit", path: "/audit", as: "editor" },
    { key: "drill-down", path: `/dashboards/${slug}/list?state=IMPLEMENTED`, as: "viewer" },
    { key: "search", path: `/search?q=${encodeURIComponent(SEARCH_QUERY)}`, as: "viewer" },
    { key: "search-cycle", path: `/search?q=${encodeURIComponent(SEARCH_QUERY)}&cycle=${slug}`, as: "viewer" },
  ];
}
