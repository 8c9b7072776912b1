// The report's structure as items stream by: section and topic headings,
// printed once, in report order.
import type { ReportItem } from "./items";
import { ReportSectionLike } from "./export-words";

// ---------------------------------------------------------------- structure: headings as items stream by

export interface OutlineHeading {
  id: string;
  title: string;
  leadIn: string | null;
  /** 0: section (A. Priority recommendations), 1: topic (Legal framework), 2+: deeper. */
  depth: number;
}

export const NO_SECTION = "Section not recorded";

/**
 * Follows items in report order and says which section/topic headings and
 * which shared lead-in go before each one. Works across batches (stateful).
 */
export class ReportOutline {
  private byId: Map<string, ReportSectionLike>;
  private open: string[] = [];
  private prev: { number: number; leadIn: string | null } | null = null;
  /** `noSection`: the heading of items without a section, in the report's language. */
  constructor(
    sections: ReportSectionLike[],
    private noSection: string = NO_SECTION,
  ) {
    this.byId = new Map(sections.map((s) => [s.id, s]));
  }

  private chain(sectionId: string | null): ReportSectionLike[] {
    const out: ReportSectionLike[] = [];
    const seen = new Set<string>();
    let s = sectionId ? this.byId.get(sectionId) : undefined;
    while (s && !seen.has(s.id)) {
      seen.add(s.id);
      out.unshift(s);
      s = s.parentId ? this.byId.get(s.parentId) : undefined;
    }
    return out;
  }

  /** Headings to open before this item, and the shared lead-in to print once before its first lettered part. */
  next(item: Pick<ReportItem, "sectionId" | "number" | "leadIn">): {
    headings: OutlineHeading[];
    leadIn: string | null;
  } {
    const chain = this.chain(item.sectionId);
    const path: { id: string; title: string; leadIn: string | null }[] = chain.length
      ? chain
      : [{ id: "none", title: this.noSection, leadIn: null }];
    const headings: OutlineHeading[] = [];
    let differs = false;
    path.forEach((s, depth) => {
      if (differs || this.open[depth] !== s.id) {
        differs = true;
        headings.push({ id: s.id, title: s.title, leadIn: s.leadIn, depth });
      }
    });
    this.open = path.map((s) => s.id);
    const continues =
      !differs && this.prev !== null && this.prev.number === item.number && this.prev.leadIn === item.leadIn;
    this.prev = { number: item.number, leadIn: item.leadIn };
    return { headings, leadIn: item.leadIn && !continues ? item.leadIn : null };
  }
}

/** "B. Other recommendations › Legal framework". */
export function sectionPath(sections: ReportSectionLike[], sectionId: string | null): string {
  if (!sectionId) return "";
  const byId = new Map(sections.map((s) => [s.id, s]));
  const names: string[] = [];
  const seen = new Set<string>();
  let s = byId.get(sectionId);
  while (s && !seen.has(s.id)) {
    seen.add(s.id);
    names.unshift(s.title);
    s = s.parentId ? byId.get(s.parentId) : undefined;
  }
  return names.join(" \u203a ");
}
