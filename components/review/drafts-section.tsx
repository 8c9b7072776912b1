// On a recommendation's page: the follow-up drafts the reader may see (their own for a contributor, the ones
// awaiting review for an editor), and for a contributor of a responsible institution, a form for a new draft.
// Shown to nobody else: drafts are not part of the published record.
import type { DraftItem } from "@/lib/review/queries";
import type { Option } from "@/components/recommendation/options";
import { DraftCard } from "./draft-card";
import { DraftForm } from "./draft-form";

export interface DraftsView {
  drafts: DraftItem[];
  role: "author" | "reviewer";
  /** Set when the reader may start a draft here (a contributor of a responsible institution). */
  add: { recommendationId: string; institution: string } | null;
  documents: Option[];
  today: string;
}

export function DraftsSection({ v }: { v: DraftsView }) {
  if (v.role === "reviewer" && v.drafts.length === 0) return null;
  const controls =
    v.role === "author"
      ? { kind: "author" as const, documents: v.documents, today: v.today }
      : { kind: "reviewer" as const };
  return (
    <section aria-labelledby="drafts-heading" className="mt-10 rounded border border-dashed border-slate-400 p-4">
      <h2 id="drafts-heading" className="text-lg font-semibold">
        {v.role === "author" ? "Your follow-up drafts" : "Follow-up drafts awaiting review"}
      </h2>
      <p className="mt-1 max-w-prose text-sm text-slate-700">
        {v.role === "author"
          ? "Only you see your drafts until you submit them; then editors review them. Once published, an entry appears under Follow-up for every reader."
          : "Submitted by institutions' focal points. Readers see them only once published."}
      </p>
      {v.drafts.length > 0 && (
        <ul className="mt-4 space-y-4">
          {v.drafts.map((d) => (
            <li key={d.id}>
              <DraftCard d={d} controls={controls} />
            </li>
          ))}
        </ul>
      )}
      {v.add && (
        <details className="no-print mt-4" open={v.drafts.length === 0}>
          <summary className="cursor-pointer font-medium text-sky-800 underline">
            Write a follow-up draft for {v.add.institution}
          </summary>
          <DraftForm mode="add" recommendationId={v.add.recommendationId} documents={v.documents} today={v.today} />
        </details>
      )}
    </section>
  );
}
