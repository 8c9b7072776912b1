// A count that links to the list of recommendations behind it. The link's
// accessible name says what is counted, not just "11". Zero is plain text.
import Link from "next/link";

export function CountLink({ n, href, context, strong = false }: { n: number; href: string | null; context: string; strong?: boolean }) {
  if (n === 0 || href === null) {
    return (
      <span className={`tabular-nums ${n === 0 ? "text-slate-600" : ""} ${strong ? "font-semibold" : ""}`}>
        {n}
        <span className="sr-only"> {n === 1 ? "recommendation" : "recommendations"}</span>
      </span>
    );
  }
  return (
    <Link href={href} className={`tabular-nums ${strong ? "font-semibold" : ""}`}>
      {n}
      <span className="sr-only">
        {n === 1 ? " recommendation" : " recommendations"}: {context}
      </span>
    </Link>
  );
}
