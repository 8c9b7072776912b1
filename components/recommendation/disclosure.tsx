// A calm disclosure for editing forms (details/summary: keyboard and screen
// readers get it for free; hidden in print with the forms). `compact` ones
// sit side by side and take the full row when open.
import type { ReactNode } from "react";

interface Props {
  summary: string;
  children: ReactNode;
  tone?: "default" | "danger";
  compact?: boolean;
  /** Open on arrival (e.g. showing the results of a search made from inside it). */
  defaultOpen?: boolean;
}

export function Disclosure({ summary, children, tone = "default", compact = false, defaultOpen = false }: Props) {
  const colour = tone === "danger" ? "text-rose-800" : "text-sky-800";
  const box = compact
    ? "rounded-md border border-slate-300 bg-white open:basis-full open:bg-slate-50"
    : "mt-3 rounded-md border border-slate-300 bg-slate-50";
  const pad = compact ? "px-3 py-1" : "px-3 py-2";
  return (
    <details className={`no-print ${box}`} open={defaultOpen || undefined}>
      <summary className={`cursor-pointer rounded-md ${pad} text-sm font-semibold ${colour} hover:bg-slate-100`}>
        {summary}
      </summary>
      <div className="rounded-b-md border-t border-slate-300 bg-white px-4 pb-4">{children}</div>
    </details>
  );
}
