// "Recorded X of Y recommendations" and, when X < Y, a plain warning that the figures describe only the
// recorded ones (so 2005's "1 of 30" is never read as "0 % implemented"). The same words as
// lib/status/coverage-text (which the exports use), in the reader's language.
import { useTranslations } from "next-intl";
import { isPartial, type Coverage } from "@/lib/status/coverage-text";

export function CoverageNote({ coverage, className = "mt-3" }: { coverage: Coverage; className?: string }) {
  const t = useTranslations("home.coverage");
  const { recorded, items, expected } = coverage;
  if (expected === null) return null;
  const values = { recorded, expected, items };
  return (
    <div className={className}>
      <p className="text-sm font-semibold text-slate-900">{t(items !== recorded ? "lineWithItems" : "line", values)}</p>
      {isPartial(coverage) && (
        <p className="mt-1 max-w-prose rounded border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t.rich("warning", { ...values, strong: (c) => <span className="font-semibold">{c}</span> })}
        </p>
      )}
    </div>
  );
}
