// The definitions behind every figure, in a few lines (docs/decisions/005).
// Collapsed on screen; spelled out on paper (a closed <details> would print only its summary).
import { UNCERTAIN_DATES_RULE } from "@/lib/dated";

/** `dashboard` adds the follow-up, stale and claims definitions to those of the two lenses and clocks. */
export function HowComputed({ dashboard = true }: { dashboard?: boolean }) {
  return (
    <>
      <details className="no-print mt-4 rounded-md border border-slate-200 bg-white px-4 py-2 text-sm text-slate-800">
        <summary className="cursor-pointer font-semibold text-sky-900">How these figures are computed</summary>
        <Definitions dashboard={dashboard} />
      </details>
      <div className="mt-4 hidden text-sm print:block">
        <p className="font-semibold">How these figures are computed</p>
        <Definitions dashboard={dashboard} />
      </div>
    </>
  );
}

function Definitions({ dashboard }: { dashboard: boolean }) {
  return (
    <ul className="mt-2 list-disc space-y-1 pb-2 pl-5">
      <li>
        <strong>State&rsquo;s response</strong>: for each recommendation, the state&rsquo;s latest response (its own
        assessment) dated on or before the &ldquo;Status on&rdquo; day, leaving out withdrawn entries; none counts as
        &ldquo;No response recorded&rdquo;.
      </li>
      <li>
        <strong>Independent assessment</strong>: the latest assessment dated on or before that day, leaving out
        withdrawn entries, from all assessors or only the type chosen; none counts as &ldquo;Not yet assessed&rdquo;.
        The two lenses are counted separately and never merged.
      </li>
      <li>
        <strong>Latest</strong> means latest by date; entries given on the same day count in the order they were
        entered, the later one winning. {UNCERTAIN_DATES_RULE}
      </li>
      <li>
        <strong>Status on</strong> a day is the status in the world on that day; empty, the latest status, whatever its
        date. <strong>As recorded on</strong> a day is what the tracker held at the end of that day (UTC), from its
        recorded history; empty, what it holds now. Together they say what the tracker knew on one day about the status
        on the other.
      </li>
      {dashboard && (
        <>
          <li>
            <strong>Follow-up activity</strong> counts follow-up entries recorded in the 30 or 90 days before the
            &ldquo;As recorded on&rdquo; moment; <strong>no follow-up</strong> means no follow-up entry dated by the
            &ldquo;Status on&rdquo; day. <strong>Stale</strong> items have no follow-up action or assessment dated on or
            after the chosen day. Internal notes never count.
          </li>
          <li>
            <strong>Claims</strong> (dashed boxes) are what a named source said, not figures computed by the tracker.
          </li>
        </>
      )}
    </ul>
  );
}
