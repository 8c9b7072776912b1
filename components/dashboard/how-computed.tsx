// The definitions behind every figure, in a few lines (ADR 004).
// Collapsed on screen; spelled out on paper (a closed <details> would print only its summary).
export function HowComputed() {
  return (
    <>
      <details className="no-print mt-4 rounded-md border border-slate-200 bg-white px-4 py-2 text-sm text-slate-800">
        <summary className="cursor-pointer font-semibold text-sky-900">How these figures are computed</summary>
        <Definitions />
      </details>
      <div className="mt-4 hidden text-sm print:block">
        <p className="font-semibold">How these figures are computed</p>
        <Definitions />
      </div>
    </>
  );
}

function Definitions() {
  return (
    <ul className="mt-2 list-disc space-y-1 pb-2 pl-5">
      <li>
        <strong>State&rsquo;s response</strong>: the last response status recorded for each recommendation (the state&rsquo;s own
        assessment); none recorded counts as &ldquo;No response recorded&rdquo;.
      </li>
      <li>
        <strong>Independent assessment</strong>: the most recent assessment that was not withdrawn (latest assessment date), from all
        assessors or only the type chosen; none counts as &ldquo;Not yet assessed&rdquo;. The two lenses are counted separately and
        never merged.
      </li>
      <li>
        <strong>As of</strong> a date means as recorded in the tracker at the end of that day (UTC), rebuilt from the audit history.
        The data was loaded when the tracker was installed, so earlier dates show an empty tracker.
      </li>
      <li>
        <strong>Follow-up activity</strong> counts follow-up entries recorded in the 30 or 90 days before that moment.{" "}
        <strong>Stale</strong> items have no follow-up action or assessment dated on or after the chosen day.
      </li>
      <li>
        <strong>Claims</strong> (dashed boxes) are what a named source said, not figures computed by the tracker.
      </li>
    </ul>
  );
}
