// Where a statement comes from: a document of the cycle (with page or
// section) and/or an external link, opened safely in a new tab.
import Link from "next/link";
import { useTranslations } from "next-intl";

export interface CitationData {
  document?: { slug: string; title: string } | null;
  location?: string | null;
  url?: string | null;
}

export function ExternalLink({ href, children }: { href: string; children: React.ReactNode }) {
  const t = useTranslations("recommendation");
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="break-all">
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only"> {t("newTab")}</span>
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

export function Citation({ label, document, location, url }: CitationData & { label?: string }) {
  const t = useTranslations("recommendation");
  const name = label ?? t("source");
  if (!document && !location && !url)
    return <p className="text-sm text-slate-700">{t("citationNotRecorded", { label: name })}</p>;
  return (
    <p className="text-sm text-slate-700">
      {t("citation", { label: name })} {document && <Link href={`/documents/${document.slug}`}>{document.title}</Link>}
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
