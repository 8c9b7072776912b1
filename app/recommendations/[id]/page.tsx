import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { recommendationTimeline } from "@/lib/audit/queries";
import { canEdit } from "@/lib/auth/policy";
import { requireReader } from "@/lib/auth/session";
import { endOfDay, recommendationAsOf } from "@/lib/history/queries";
import { getRecommendation, listActiveInstitutions, withoutInternal } from "@/lib/recommendations/queries";
import { earlierRecommendations, linksOf } from "@/lib/links/queries";
import { linkRecommendationsAction, unlinkRecommendationsAction } from "@/lib/links/actions";
import { RecommendationLinks } from "@/components/links/recommendation-links";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DocumentLinks } from "@/components/document-links";
import { parseAsOf } from "@/components/recommendation/as-of";
import { AsOfBanner, AsOfForm, AsOfNotice } from "@/components/recommendation/as-of-controls";
import { AsOfView } from "@/components/recommendation/as-of-view";
import { formatIsoDay } from "@/components/recommendation/dates";
import { CurrentView } from "./current-view";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Ids are cuids: refuse absurd input before it reaches the database.
const load = cache(async (id: string) => (id.length > 40 || !/^[A-Za-z0-9_-]+$/.test(id) ? null : getRecommendation(id)));

async function resolve({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/recommendations/${encodeURIComponent(id)}`;
  const asOf = parseAsOf((await searchParams).asOf);
  const user = await requireReader(asOf.kind === "valid" ? `${path}?asOf=${asOf.day}` : path);
  const rec = await load(id);
  if (!rec) notFound();
  return { rec, user, asOf, path };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { rec, asOf } = await resolve(props);
  const when = asOf.kind === "valid" ? `, as recorded on ${formatIsoDay(asOf.day)}` : "";
  return { title: `Recommendation ${rec.label} (${rec.cycle.year})${when}` };
}

export default async function RecommendationPage(props: Props) {
  const resolved = await resolve(props);
  const { user, asOf, path } = resolved;
  const editable = canEdit(user);
  const { rec, hiddenIds } = editable ? { rec: resolved.rec, hiddenIds: [] } : withoutInternal(resolved.rec);
  const { cycle, section } = rec;
  const where = [section?.parent?.title, section?.title].filter(Boolean).join(" › ");
  const sectionLeadIns = [section?.parent?.leadIn, section?.leadIn].filter((t): t is string => Boolean(t));
  const today = new Date().toISOString().slice(0, 10);

  let body: React.ReactNode;
  if (asOf.kind === "valid") {
    // A past day: read-only, rebuilt from the audit history; never any edit control.
    const past = await recommendationAsOf(rec.id, endOfDay(asOf.day), editable);
    body = (
      <>
        <AsOfBanner day={asOf.day} currentHref={path} found={past !== null} />
        {past && <AsOfView past={past} number={rec.number} sectionLeadIns={sectionLeadIns} />}
      </>
    );
  } else {
    const [events, institutions, links, candidates] = await Promise.all([
      recommendationTimeline(rec.id, hiddenIds),
      listActiveInstitutions(),
      linksOf(rec.id),
      editable ? earlierRecommendations(rec.id) : Promise.resolve([]),
    ]);
    body = (
      <>
        {asOf.kind === "invalid" && <AsOfNotice message={asOf.message} />}
        <CurrentView rec={rec} events={events} institutions={institutions} editable={editable} sectionLeadIns={sectionLeadIns} today={today} />
        <div className="mt-10">
          <RecommendationLinks
            recommendationId={rec.id}
            earlier={links.earlier}
            later={links.later}
            candidates={candidates}
            canEdit={editable}
            linkAction={linkRecommendationsAction}
            unlinkAction={unlinkRecommendationsAction}
          />
        </div>
      </>
    );
  }

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
        {where && ` · ${where}`}
      </p>
      <AsOfForm action={path} value={asOf.kind === "valid" ? asOf.day : undefined} max={today} />

      {body}

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
