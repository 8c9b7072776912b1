// Tables and dashboards use the width of a wide screen (up to 1600 px): the page's content sits in this wrapper and
// the layout's <main> widens when it holds one (app/layout.tsx, `has-[>.page-wide]`). Long text keeps its reading
// width (max-w-prose) inside.
import type { ReactNode } from "react";

export function WidePage({ children }: { children: ReactNode }) {
  return <div className="page-wide">{children}</div>;
}
