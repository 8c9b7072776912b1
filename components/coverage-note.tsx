// "Recorded X of Y recommendations" and, when X < Y, a plain warning that the figures describe only the
// recorded ones (so 2005's "1 of 30" is never read as "0 % implemented"). Words from lib/status/coverage-text.
import { coverageLine, coverageWarning, type Coverage } from "@/lib/status/coverage-text";

export function CoverageNote({ coverage, className = "mt-3" }: { coverage: Coverage; className?: string }) {
  const line = coverageLine(coverage);
  if (!line) return null;
  const warning = coverageWarning(coverage);
  return (
    <div className={className}>
      <p className="text-sm font-semibold text-slate-900">{line}</p>
      {warning && (
        <p className="mt-1 max-w-prose rounded border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <span className="font-semibold">Partial cycle: </span>
          {warning}
        </p>
      )}
    </div>
  );
}
