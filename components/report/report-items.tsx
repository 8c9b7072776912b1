// The report's recommendations in report order: section and topic headings,
// shared lead-ins once, then each item's blocks (lib/reports/export-text.ts,
// the same words as the PDF and Word files).
import {
  ReportOutline,
  itemBlocks,
  itemWords,
  type ExportItem,
  type ItemBlock,
  type OutlineHeading,
  type ReportSectionLike,
} from "@/lib/reports/export-text";
import { useTranslations } from "next-intl";
import type { ReportOptions } from "@/lib/reports/schema";
import type { ReportWords } from "@/lib/reports/report-words";
import { itemAnchor } from "./report-contents";

type Heading = "h3" | "h4" | "h5" | "h6";
const tag = (level: number): Heading => `h${Math.min(6, Math.max(3, level))}` as Heading;

function SectionHeading({ heading, italic }: { heading: OutlineHeading; italic: boolean }) {
  const H = tag(3 + heading.depth);
  return (
    <div className="report-heading">
      <H
        className={heading.depth === 0 ? "mt-10 text-lg font-semibold" : "mt-8 text-base font-semibold text-slate-800"}
      >
        {heading.title}
      </H>
      {heading.leadIn && (
        <p className={`mt-2 max-w-prose font-serif text-slate-700 print:max-w-none ${italic ? "italic" : ""}`}>
          {heading.leadIn}
        </p>
      )}
    </div>
  );
}

/** Groups consecutive follow-up bullets into one list. */
function group(
  blocks: ItemBlock[],
): (ItemBlock | { kind: "bullets"; items: Extract<ItemBlock, { kind: "bullet" }>[] })[] {
  const out: (ItemBlock | { kind: "bullets"; items: Extract<ItemBlock, { kind: "bullet" }>[] })[] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (b.kind === "bullet") {
      if (last?.kind === "bullets") last.items.push(b);
      else out.push({ kind: "bullets", items: [b] });
    } else out.push(b);
  }
  return out;
}

function Item({
  item,
  layout,
  leadIn,
  level,
  words,
}: {
  item: ExportItem;
  layout: ReportOptions["layout"];
  leadIn: string | null;
  level: number;
  words: ReportWords;
}) {
  const t = useTranslations("report.item");
  const H = tag(level);
  const blocks = group(itemBlocks(item, layout, leadIn, words));
  // Heading, lead-in and recommendation text are kept together on paper.
  const headEnd = blocks.findIndex((b) => !(b.kind === "heading" || b.kind === "leadIn" || b.kind === "recText"));
  const cut = headEnd === -1 ? blocks.length : headEnd;
  const render = (b: (typeof blocks)[number], i: number) => {
    switch (b.kind) {
      case "heading":
        return (
          <H key={i} className="text-base font-semibold">
            {b.text}
          </H>
        );
      case "leadIn":
        return (
          <p key={i} className={`mt-2 font-serif text-slate-700 ${b.italic ? "italic" : ""}`}>
            <span className="font-sans font-semibold not-italic">{b.label}.</span> {b.text}
          </p>
        );
      case "recText":
        return (
          <blockquote
            key={i}
            className={`mt-2 border-l-2 border-slate-300 pl-3 font-serif leading-relaxed text-slate-900 print:leading-snug ${b.italic ? "italic" : ""}`}
          >
            <p>{b.text}</p>
          </blockquote>
        );
      case "field":
        return (
          <p key={i} className="mt-3 text-sm">
            <strong>{b.label}:</strong> {b.value}
          </p>
        );
      case "subheading":
        return (
          <p key={i} className="mt-3 text-sm font-semibold">
            {b.text}
          </p>
        );
      case "para":
        return (
          <p
            key={i}
            className="mt-1.5 max-w-prose font-serif text-[0.95rem] leading-relaxed text-slate-900 print:max-w-none print:leading-snug"
          >
            {b.text}
          </p>
        );
      case "statusSentence":
        return (
          <p key={i} className="mt-1.5 font-serif font-semibold">
            {b.text}
          </p>
        );
      case "bullets":
        return (
          <ul key={i} className="mt-1 list-disc space-y-1 pl-6 text-sm">
            {b.items.map((x, j) => (
              <li key={j}>
                <strong>{x.lead}:</strong> {x.text}
              </li>
            ))}
          </ul>
        );
      case "note":
        return (
          <p key={i} className="mt-1 text-xs italic text-slate-700">
            {b.text}
          </p>
        );
      case "bullet":
        return null;
    }
  };
  return (
    <article
      id={itemAnchor(item.label)}
      className="report-item mt-6 border-t border-slate-200 pt-4"
      data-label={item.label}
      aria-label={t("label", { label: item.label })}
    >
      <div className="report-item-head">{blocks.slice(0, cut).map(render)}</div>
      {cut < blocks.length && (
        // Collapsible on screen, open by default; printing opens every item (report-print.tsx).
        <details open className="report-item-body mt-2">
          <summary className="no-print cursor-pointer text-sm font-semibold text-sky-800">
            {t.rich("details", {
              label: item.label,
              hidden: (c) => <span className="sr-only">{c}</span>,
            })}
          </summary>
          {blocks.slice(cut).map((b, i) => render(b, i + cut))}
        </details>
      )}
    </article>
  );
}

export function ReportItems({
  items,
  sections,
  layout,
  words,
}: {
  items: ExportItem[];
  sections: ReportSectionLike[];
  layout: ReportOptions["layout"];
  /** The report's language (its own option, else the reader's): the same words as the downloads. */
  words: ReportWords;
}) {
  const w = itemWords(words);
  const outline = new ReportOutline(sections);
  let depth = 0;
  const rows = items.map((item) => {
    const { headings, leadIn } = outline.next(item);
    if (headings.length) depth = headings[headings.length - 1]!.depth;
    return { item, headings, leadIn, level: 4 + depth };
  });
  return (
    <section aria-labelledby="report-items" className="report-items mt-10">
      <h2 id="report-items" className="text-xl font-semibold">
        {w.recommendationsHeading}
      </h2>
      {items.length === 0 && <p className="mt-4 text-slate-700">{w.noItems}</p>}
      {rows.map(({ item, headings, leadIn, level }) => (
        <div key={item.id} className="contents">
          {headings.map((h) => (
            <SectionHeading key={`${h.id}-${item.id}`} heading={h} italic={layout === "government"} />
          ))}
          <Item item={item} layout={layout} leadIn={leadIn} level={level} words={words} />
        </div>
      ))}
    </section>
  );
}
