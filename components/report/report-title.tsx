// The report's title block: cycle, final report, both clocks ("Status on",
// "As recorded on"), generation time (UTC), fingerprint.
import type { TitleBlock } from "@/lib/reports/export-text";

export function ReportTitle({ block }: { block: TitleBlock }) {
  return (
    <header className="report-title">
      <p className="text-sm text-slate-700">{block.subtitle}</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{block.title}</h1>
      <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {block.facts.map((f) => (
          <div key={f.label} className="contents">
            <dt className="font-semibold text-slate-800">{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 font-semibold" data-testid="report-status-on">
        {block.statusOn}
      </p>
      <p className="font-semibold" data-testid="report-recorded-on">
        {block.recordedOn}
      </p>
      <p className="text-sm text-slate-800">{block.generated}</p>
      <p className="text-sm text-slate-800">
        <span data-testid="report-fingerprint">{block.fingerprint}</span>
      </p>
      <p className="text-sm text-slate-800" data-testid="report-audit-head">
        {block.auditHead}
      </p>
      {block.selection && <p className="mt-1 text-sm font-semibold">{block.selection}</p>}
    </header>
  );
}
