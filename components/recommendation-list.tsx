// A cycle's recommendations, grouped by section → topic, in report order,
// each with both lenses' statuses at the moment shown (never merged).
// Grouping and lead-in placement live in recommendation-grouping.ts (tested).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { lensTitle } from "@/lib/i18n/status";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";
import { groupRecommendations, type ItemEntry, type SectionGroup, type SectionLike } from "./recommendation-grouping";
import { AssessmentBadge, StateResponseBadge } from "./status-badge";
import { VerificationNote } from "./verification-note";

export interface ListedRecommendation {
  id: string;
  label: string;
  number: number;
  leadIn: string | null;
  text: string;
  textVerification: "VERIFIED" | "NEEDS_VERIFICATION";
  sectionId: string | null;
  state: StateResponseStatus;
  independent: AssessmentStatus;
}

/** A recommendation's page, at the moment the list shows ("?on=…&asOf=…" or ""). */
type ItemHref = (id: string) => string;

type Heading = "h2" | "h3" | "h4" | "h5" | "h6";
const headingTag = (level: number): Heading => `h${Math.min(6, Math.max(2, level))}` as Heading;

/** `select`: the id of a form elsewhere on the page (bulk actions) that each item's box belongs to. */
type Select = string | undefined;

function Item({ entry, href, select }: { entry: ItemEntry<ListedRecommendation>; href: ItemHref; select: Select }) {
  const { rec, leadIn } = entry;
  const t = useTranslations("recommendationList");
  const status = useTranslations("status");
  return (
    <li
      data-label={rec.label}
      className="rec-item grid grid-cols-[3.5rem_1fr] gap-x-4 gap-y-1 py-3 sm:grid-cols-[3.5rem_1fr_13rem]"
    >
      {leadIn && (
        <>
          <span className="font-semibold text-slate-600">{rec.number}</span>
          <p className="font-serif text-slate-700 sm:col-span-2">{leadIn}</p>
        </>
      )}
      <span className="flex items-start gap-2">
        {select && (
          <input
            type="checkbox"
            name="recommendationIds"
            value={rec.id}
            form={select}
            aria-label={t("select", { label: rec.label })}
            className="no-print mt-1 size-4 accent-sky-800"
          />
        )}
        <Link href={href(rec.id)} className="font-semibold">
          {t.rich("item", { label: rec.label, hidden: (c) => <span className="sr-only">{c}</span> })}
        </Link>
      </span>
      <div>
        <p className="font-serif leading-relaxed text-slate-900">{rec.text}</p>
        <VerificationNote status={rec.textVerification} />
      </div>
      <dl className="col-start-2 grid grid-cols-[max-content_1fr] items-center gap-x-2 gap-y-1 text-xs text-slate-700 sm:col-start-3 sm:grid-cols-1 sm:self-start sm:pt-0.5">
        <dt>{lensTitle(status, "state")}</dt>
        <dd>
          <StateResponseBadge status={rec.state} />
        </dd>
        <dt className="sm:mt-1">{lensTitle(status, "independent")}</dt>
        <dd>
          <AssessmentBadge status={rec.independent} />
        </dd>
      </dl>
    </li>
  );
}

function Items({ items, href, select }: { items: ItemEntry<ListedRecommendation>[]; href: ItemHref; select: Select }) {
  if (items.length === 0) return null;
  return (
    <ol role="list" className="divide-y divide-slate-200">
      {items.map((e) => (
        <Item key={e.rec.id} entry={e} href={href} select={select} />
      ))}
    </ol>
  );
}

function Group({
  group,
  level,
  href,
  select,
}: {
  group: SectionGroup<SectionLike, ListedRecommendation>;
  level: number;
  href: ItemHref;
  select: Select;
}) {
  const H = headingTag(level + group.depth);
  const empty = group.items.length === 0 && group.topics.length === 0;
  const t = useTranslations("recommendationList");
  return (
    <section aria-labelledby={`section-${group.section.id}`} className={group.depth === 0 ? "mt-8" : "mt-6"}>
      <H
        id={`section-${group.section.id}`}
        className={group.depth === 0 ? "text-lg font-semibold" : "text-base font-semibold text-slate-800"}
      >
        {group.section.title}
      </H>
      {group.section.leadIn && <p className="mt-2 max-w-prose font-serif text-slate-700">{group.section.leadIn}</p>}
      {empty && <p className="mt-2 text-sm text-slate-600">{t("emptySection")}</p>}
      <Items items={group.items} href={href} select={select} />
      {group.topics.map((topic) => (
        <Group key={topic.section.id} group={topic} level={level} href={href} select={select} />
      ))}
    </section>
  );
}

/** `level` is the heading level of top-level sections (topics go one deeper). */
export function RecommendationList({
  sections,
  recommendations,
  keepEmptySections = false,
  level = 3,
  query = "",
  select,
}: {
  sections: SectionLike[];
  recommendations: ListedRecommendation[];
  keepEmptySections?: boolean;
  level?: number;
  /** The moment shown, for the items' links ("?on=…&asOf=…" or ""). */
  query?: string;
  /** For editors: a box per item, belonging to this form (the bulk actions). */
  select?: string;
}) {
  const href: ItemHref = (id) => `/recommendations/${encodeURIComponent(id)}${query}`;
  const { unsectioned, groups } = groupRecommendations(sections, recommendations, { keepEmpty: keepEmptySections });
  const t = useTranslations("recommendationList");
  return (
    <div>
      {unsectioned.length > 0 && (
        <section aria-label={t("unsectioned")} className="mt-6">
          {groups.length > 0 && <p className="text-sm text-slate-600">{t("noSection")}</p>}
          <Items items={unsectioned} href={href} select={select} />
        </section>
      )}
      {groups.map((g) => (
        <Group key={g.section.id} group={g} level={level} href={href} select={select} />
      ))}
    </div>
  );
}
