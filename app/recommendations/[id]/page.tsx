import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireReader } from "@/lib/auth/session";
import { getRecommendation } from "@/lib/recommendations/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DocumentLinks } from "@/components/document-links";
import { AssessmentPanel, StateResponsePanel } from "@/components/status-panels";
import { VerificationNote } from "@/components/verification-note";

type Props = { params: Promise<{ id: string }> };

// Ids are cuids: refuse absurd input before it reaches the database.
const load = cache(async (id: string) => (id.length > 40 || !/^[A-Za-z0-9_-]+$/.test(id) ? null : getRecommendation(id)));

async function resolve({ params }: Props) {
  const { id } = await params;
  await requireReader(`/recommendations/${encodeURIComponent(id)}`);
  const rec = await load(id);
  if (!rec) notFound();
  return rec;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const rec = await resolve(props);
  return { title: `Recommendation ${rec.label} (${rec.cycle.year})` };
}

export default async function RecommendationPage(props: Props) {
  const rec = await resolve(props);
  const { cycle, section } = rec;
  const path = [section?.parent?.title, section?.title].filter(Boolean).join(" › ");

  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Cycles", href: "/" },
          { label: `${cycle.year} ${cycle.title}`, href: `/cycles/${cycle.slug}` },
          { label: `Recommendation ${rec.label}` },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">Recommendation {rec.label}</h1>
      <p className="mt-1 text-slate-700">
        {cycle.year} · {cycle.title}
        {path && ` · ${path}`}
      </p>

      <div className="mt-6 space-y-3">
        {section?.parent?.leadIn && <LeadIn text={section.parent.leadIn} label="Lead-in of the section" />}
        {section?.leadIn && <LeadIn text={section.leadIn} label="Lead-in of the section" />}
        {rec.leadIn && <LeadIn text={rec.leadIn} label={`Lead-in shared by the parts of recommendation ${rec.number}`} />}
        <blockquote className="border-l-4 border-slate-400 pl-4 font-serif text-lg leading-relaxed italic text-slate-900">
          {rec.text}
        </blockquote>
        <VerificationNote status={rec.textVerification} />
      </div>

      <section aria-labelledby="source" className="mt-6 rounded-md border border-slate-200 px-4 py-3 text-sm">
        <h2 id="source" className="font-semibold">
          Source
        </h2>
        <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-700">Document</dt>
          <dd>
            {rec.sourceDocument ? <Link href={`/documents/${rec.sourceDocument.slug}`}>{rec.sourceDocument.title}</Link> : "not recorded"}
          </dd>
          {rec.sourceLocation && (
            <>
              <dt className="font-medium text-slate-700">Location</dt>
              <dd>{rec.sourceLocation}</dd>
            </>
          )}
          {rec.sourceUrl && (
            <>
              <dt className="font-medium text-slate-700">Online</dt>
              <dd className="break-all">
                <a href={rec.sourceUrl}>{rec.sourceUrl}</a>
              </dd>
            </>
          )}
          {rec.provenance && (
            <>
              <dt className="font-medium text-slate-700">Provenance</dt>
              <dd>{rec.provenance}</dd>
            </>
          )}
        </dl>
      </section>

      {/* The two lenses on status are kept in separate panels, never merged. */}
      <div className="mt-8 grid gap-6">
        <StateResponsePanel response={rec.response} />
        <AssessmentPanel />
      </div>

      <section aria-labelledby="cycle-documents" className="mt-10">
        <h2 id="cycle-documents" className="text-lg font-semibold">
          Documents of this cycle
        </h2>
        <div className="mt-3">
          <DocumentLinks documents={cycle.documents} />
        </div>
      </section>

      <nav aria-label="Previous and next recommendation" className="no-print mt-10 flex justify-between gap-4 border-t border-slate-200 pt-4 text-sm">
        {rec.prev ? (
          <Link href={`/recommendations/${rec.prev.id}`} rel="prev">
            <span aria-hidden="true">← </span>Previous: {rec.prev.label}
          </Link>
        ) : (
          <span />
        )}
        {rec.next ? (
          <Link href={`/recommendations/${rec.next.id}`} rel="next">
            Next: {rec.next.label}
            <span aria-hidden="true"> →</span>
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </>
  );
}

function LeadIn({ text, label }: { text: string; label: string }) {
  return (
    <p className="font-serif text-slate-700">
      <span className="sr-only">{label}: </span>
      {text}
    </p>
  );
}
