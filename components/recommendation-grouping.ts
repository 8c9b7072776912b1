// Pure grouping of a cycle's recommendations by section → topic, in report
// order, deciding where each shared lead-in is printed. Kept free of React so
// it can be unit-tested (recommendation-grouping.test.ts).

export interface SectionLike {
  id: string;
  key: string;
  title: string;
  leadIn: string | null;
  order: number;
  parentId: string | null;
}

export interface RecommendationLike {
  id: string;
  number: number;
  leadIn: string | null;
  sectionId: string | null;
}

export interface ItemEntry<R> {
  rec: R;
  /** The shared lead-in to print just before this item, or null. */
  leadIn: string | null;
}

export interface SectionGroup<S, R> {
  section: S;
  depth: number;
  items: ItemEntry<R>[];
  topics: SectionGroup<S, R>[];
}

export interface GroupedRecommendations<S, R> {
  /** Items whose section is unknown (e.g. a report whose structure is not recorded). */
  unsectioned: ItemEntry<R>[];
  groups: SectionGroup<S, R>[];
}

// `order` is only meaningful among siblings (topics restart at 1), so sort per parent.
function childrenOf<S extends SectionLike>(sections: S[], parentId: string | null): S[] {
  return sections.filter((s) => s.parentId === parentId).sort((a, b) => a.order - b.order);
}

/** Sections in report order, depth-first (a section, then its topics), with their depth. */
export function orderSections<S extends SectionLike>(sections: S[]): { section: S; depth: number; parent: S | null }[] {
  const ids = new Set(sections.map((s) => s.id));
  const out: { section: S; depth: number; parent: S | null }[] = [];
  const walk = (parent: S | null, depth: number) => {
    for (const s of childrenOf(sections, parent?.id ?? null)) {
      out.push({ section: s, depth, parent });
      walk(s, depth + 1);
    }
  };
  walk(null, 0);
  // Orphans (parent not in the list) are shown as top-level sections rather than lost.
  for (const s of sections) {
    if (s.parentId !== null && !ids.has(s.parentId)) {
      out.push({ section: s, depth: 0, parent: null });
      walk(s, 1);
    }
  }
  return out;
}

/**
 * Marks the lead-in shared by lettered parts (2(a)–(e)) once, on the first
 * visible part: also when a filter hides the earlier parts.
 */
export function withLeadIns<R extends RecommendationLike>(recs: R[]): ItemEntry<R>[] {
  let prev: R | null = null;
  return recs.map((rec) => {
    const continues = prev !== null && prev.number === rec.number && prev.leadIn === rec.leadIn;
    prev = rec;
    return { rec, leadIn: rec.leadIn && !continues ? rec.leadIn : null };
  });
}

/**
 * Groups recommendations (already in report order) under their sections.
 * With keepEmpty false, sections without any visible item are dropped (filtered views).
 */
export function groupRecommendations<S extends SectionLike, R extends RecommendationLike>(
  sections: S[],
  recs: R[],
  { keepEmpty = false }: { keepEmpty?: boolean } = {},
): GroupedRecommendations<S, R> {
  const known = new Set(sections.map((s) => s.id));
  const bySection = new Map<string, R[]>();
  const unsectioned: R[] = [];
  for (const r of recs) {
    if (r.sectionId && known.has(r.sectionId)) bySection.set(r.sectionId, [...(bySection.get(r.sectionId) ?? []), r]);
    else unsectioned.push(r);
  }

  const build = (section: S, depth: number): SectionGroup<S, R> | null => {
    const topics = childrenOf(sections, section.id)
      .map((t) => build(t, depth + 1))
      .filter((g): g is SectionGroup<S, R> => g !== null);
    const items = withLeadIns(bySection.get(section.id) ?? []);
    if (!keepEmpty && items.length === 0 && topics.length === 0) return null;
    return { section, depth, items, topics };
  };

  const roots = orderSections(sections).filter((o) => o.depth === 0);
  const groups = roots.map((o) => build(o.section, 0)).filter((g): g is SectionGroup<S, R> => g !== null);
  return { unsectioned: withLeadIns(unsectioned), groups };
}

/** Labels of all items, in the order they are rendered (for checks and tests). */
export function renderedOrder<S, R extends { label: string }>(g: GroupedRecommendations<S, R>): string[] {
  const walk = (group: SectionGroup<S, R>): string[] => [
    ...group.items.map((i) => i.rec.label),
    ...group.topics.flatMap(walk),
  ];
  return [...g.unsectioned.map((i) => i.rec.label), ...g.groups.flatMap(walk)];
}
