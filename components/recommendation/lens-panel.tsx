// One of the two lenses on status, as its own bordered panel (the lenses are
// never merged). With room for
// the editing controls.
import type { ReactNode } from "react";

export function LensPanel({
  id,
  title,
  subtitle,
  children,
}: {
  id: string;
  title: string;
  subtitle: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-300 p-5">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-sm text-slate-700">{subtitle}</p>
      <div className="mt-4">{children}</div>
    </section>
  );
}
