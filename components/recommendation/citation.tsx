// Where a statement comes from: a document of the cycle (with page or
// section) and/or an external link, opened safely in a new tab.
import Link from "next/link";

export interface CitationData {
  document?: { slug: string; title: string } | null;
  location?: string | null;
  url?: string | null;
}

export function ExternalLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="break-all">
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

/** The link's site, as readable link text ("www.osce.org"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export function Citation({ label = "Source", document, location, url }: CitationData & { label?: string }) {
  if (!document && !location && !url) return <p className="text-sm text-slate-700">{label}: not recorded</p>;
  return (
    <p className="text-sm text-slate-700">
      {label}: {document && <Link href={`/documents/${document.slug}`}>{document.title}</Link>}
      {document && location && ", "}
      {location}
      {url && (
        <>
          {(document || location) && " · "}
          <ExternalLink href={url}>{hostOf(url)}</ExternalLink>
        </>
      )}
    </p>
  );
}
