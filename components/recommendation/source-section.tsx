// Where the recommendation's text comes from (document, location, link, provenance).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ExternalLink } from "./citation";

interface Props {
  document: { slug: string; title: string } | null;
  location: string | null;
  url: string | null;
  provenance: string | null;
}

export function SourceSection({ document, location, url, provenance }: Props) {
  const t = useTranslations("recommendation");
  return (
    <section aria-labelledby="source" className="mt-6 rounded-md border border-slate-200 px-4 py-3 text-sm">
      <h2 id="source" className="font-semibold">
        {t("source")}
      </h2>
      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-700">{t("document")}</dt>
        <dd>{document ? <Link href={`/documents/${document.slug}`}>{document.title}</Link> : t("notRecorded")}</dd>
        {location && (
          <>
            <dt className="font-medium text-slate-700">{t("location")}</dt>
            <dd>{location}</dd>
          </>
        )}
        {url && (
          <>
            <dt className="font-medium text-slate-700">{t("online")}</dt>
            <dd>
              <ExternalLink href={url}>{url}</ExternalLink>
            </dd>
          </>
        )}
        {provenance && (
          <>
            <dt className="font-medium text-slate-700">{t("provenance")}</dt>
            <dd>{provenance}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
