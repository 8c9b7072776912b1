import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { z } from "zod";
import { canContributeTo, canEdit, canReview, isContributor } from "@/lib/auth/policy";
import { requireReader } from "@/lib/auth/session";
import { internalEntryIds, recommendationHistory } from "@/lib/history/timeline";
import { recommendationContext, listActiveInstitutions } from "@/lib/recommendations/queries";
import { themeList, themesOf } from "@/lib/themes/queries";
import { RecommendationThemes } from "@/components/themes/recommendation-themes";
import { recommendationAt } from "@/lib/recommendations/view";
import { linksOf, searchEarlier } from "@/lib/links/queries";
import { evidenceOfEntries } from "@/lib/evidence/queries";
import { suggestRepeats } from "@/lib/links/similar";
import { momentQuery, parseMoment, recordedAt } from "@/lib/status/moment";
import { discussionOf } from "@/lib/comments/queries";
import { DiscussionSection } from "@/components/discussion/discussion-section";
import { draftsOf } from "@/lib/review/queries";
import { progressDraftsOf } from "@/lib/review/progress-queries";
import { ownerCandidates, ownerNames, ownerOf } from "@/lib/owners/queries";
import type { Role } from "@/lib/vocab";
import { asLocale } from "@/lib/i18n/locales";
import { OwnerSection } from "@/components/recommendation/owner-section";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DocumentLinks } from "@/components/document-links";
import { MomentBanner, MomentForm, MomentNotice } from "@/components/recommendation/moment-controls";
import { citableDocumentOptions } from "@/components/recommendation/options";
import { RecommendationBody } from "./recommendation-body";
import { readingFor } from "./text-language";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PageParams = z.object({
  historyBefore: z
    .preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().positive().optional())
    .catch(undefined),
  linkSearch: z
    .preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().trim().max(200).optional())
    .catch(undefined),
  // The one entry whose correction or withdrawal form is open (the page does not carry one per entry).
  edit: z
    .string()
    .regex(/^[a-z0-9]{20,40}$/)
    .optional()
    .catch(undefined),
  mode: z.enum(["correct", "withdraw"]).optional().catch(undefined),
  add: z.enum(["response", "assessment", "followUp"]).optional().catch(undefined),
});

// Ids are cuids: refuse absurd input before it reaches the database.
const load = cache(async (id: string) =>
  id.length > 40 || !/^[A-Za-z0-9_-]+$/.test(id) ? null : recommendationContext(id),
);

async function resolve({ params, searchParams }: Props) {
  const { id } = await params;
  const raw = await searchParams;
  const path = `/recommendations/${encodeURIComponent(id)}`;
  const { moment, invalid } = parseMoment(raw);
  const query = new URLSearchParams(momentQuery(moment)).toString();
  const user = await requireReader(query ? `${path}?${query}` : path);
  const ctx = await load(id);
  if (!ctx) notFound();
  return { ctx, user, moment, invalid, path, page: PageParams.parse(raw), text: raw.text };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { ctx, moment } = await resolve(props);
  const t = await getTranslations("recommendation");
  // The moment's days as in the address (ISO): the title names the view a link leads to.
  const values = { label: ctx.label, year: ctx.cycle.year, on: moment.on ?? "", asOf: moment.asOf ?? "" };
  const key =
    moment.on && moment.asOf
      ? "metaTitleOnAsOf"
      : moment.on
        ? "metaTitleOn"
        : moment.asOf
          ? "metaTitleAsOf"
          : "metaTitle";
  return { title: t(key, values) };
}

export default async function RecommendationPage(props: Props) {
  const { ctx, user, moment, invalid, path, page, text } = await resolve(props);
  const t = await getTranslations("recommendation");
  const tHeader = await getTranslations("header");
  const tRole = await getTranslations("role");
  const tAll = await getTranslations();
  const locale = await getLocale();
  const editor = canEdit(user);
  const now = !moment.on && !moment.asOf;
  const { cycle, section } = ctx;
  const where = [section?.parent?.title, section?.title].filter(Boolean).join(" › ");
  const sectionLeadIns = [section?.parent?.leadIn, section?.leadIn].filter((t): t is string => Boolean(t));
  const today = new Date().toISOString().slice(0, 10);
  // Internal notes (and their history) are for editors and admins only.
  const hiddenIds = editor ? [] : await internalEntryIds(ctx.id);
  // The internal discussion: for those who may take part only (never readers or public read mode; contributors
  // while their institution is assigned to the recommendation — discussionOf decides).
  const discussion = user ? discussionOf(ctx.id, user) : Promise.resolve(null);
  // Drafts in review: their author and reviewers see them, in the current view only; their history is for
  // reviewers (readers see the published entry, whose event names who submitted it and who published it).
  const drafting = now && (canReview(user) || isContributor(user));
  // The owner: for signed-in people (a name of a colleague, not for public read mode); editors set it.
  const [owner, owners] = await Promise.all([
    user && now ? ownerOf(ctx.id) : null,
    now && editor ? ownerCandidates() : null,
  ]);
  const [view, history, links, institutions, candidates, suggestions, comments, drafts, progress] = await Promise.all([
    recommendationAt(ctx.id, moment, editor),
    recommendationHistory(ctx.id, {
      hiddenIds,
      hiddenTypes: canReview(user) ? [] : ["FollowUpDraft", "StateResponseDraft"],
      before: page.historyBefore,
      until: moment.asOf ? recordedAt(moment) : undefined,
    }),
    linksOf(ctx.id),
    now && editor ? listActiveInstitutions() : Promise.resolve([]),
    now && editor && page.linkSearch ? searchEarlier(ctx.id, page.linkSearch) : Promise.resolve(null),
    // At most a handful, through the trigram index: editors only, in the current view.
    now && editor ? suggestRepeats(ctx.id) : Promise.resolve(null),
    discussion,
    drafting ? draftsOf(ctx.id, user) : Promise.resolve([]),
    drafting ? progressDraftsOf(ctx.id, user) : Promise.resolve([]),
  ]);
  // Owners in the history by name for signed-in readers; public read mode reads "a colleague".
  const users = user ? await ownerNames(history.events) : undefined;
  // Only the entries this reader sees (the view leaves out internal notes for readers).
  const files = view
    ? await evidenceOfEntries(
        { followUpIds: view.followUps.map((f) => f.id), responseIds: view.responses.map((r) => r.id) },
        moment.asOf ? recordedAt(moment) : undefined,
      )
    : {};
  // The text in the language asked for (?text=ru), else the original, with a box saying which it is.
  const reading = await readingFor({
    recommendationId: ctx.id,
    requested: text,
    now,
    editor,
    userName: user?.name ?? null,
    path,
    documents: citableDocumentOptions(ctx.cycle.country.cycles, ctx.cycle.id, {
      t: (key, values) => tAll(key as Parameters<typeof tAll>[0], values),
      locale: asLocale(locale),
    }),
  });
  const own = view?.institutions.find((a) => a.institution.id === user?.institutionId)?.institution;
  const mayDraft =
    Boolean(view && own) &&
    canContributeTo(
      user,
      view!.institutions.map((a) => a.institution.id),
    );

  return (
    <>
      <Breadcrumbs
        items={[
          { label: tHeader("cycles"), href: "/" },
          { label: `${cycle.year} ${cycle.title}`, href: `/cycles/${cycle.slug}` },
          { label: t("title", { label: ctx.label }) },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t("title", { label: ctx.label })}</h1>
      <p className="mt-1 text-slate-700">
        {cycle.year} · {cycle.title}
        {where && ` · ${where}`}
      </p>
      <MomentForm action={path} moment={moment} max={today} />
      <MomentNotice invalid={invalid} />
      <MomentBanner moment={moment} currentHref={path} found={view !== null} />

      {view && (
        <RecommendationBody
          view={view}
          ctx={ctx}
          moment={moment}
          sectionLeadIns={sectionLeadIns}
          reading={reading}
          files={files}
          edit={
            now && editor
              ? {
                  today,
                  institutions,
                  editing: {
                    path,
                    open: page.edit && page.mode ? { id: page.edit, mode: page.mode } : null,
                    adding: page.add ?? null,
                  },
                }
              : undefined
          }
          drafts={
            drafting
              ? {
                  drafts,
                  progress,
                  role: canReview(user) ? "reviewer" : "author",
                  add: mayDraft && own ? { recommendationId: ctx.id, institution: own.name } : null,
                  today,
                }
              : undefined
          }
          history={{ ...history, before: page.historyBefore ?? null, path, query: momentQuery(moment), users }}
          links={{ ...links, search: page.linkSearch ?? "", candidates, suggestions }}
        />
      )}

      {owner && (
        <OwnerSection
          recommendationId={ctx.id}
          owner={{ id: owner.ownerId, name: owner.owner?.name ?? null, version: owner.version }}
          candidates={owners?.map((o) => ({ value: o.id, label: o.name, group: tRole(o.role as Role) }))}
        />
      )}
      <RecommendationThemes
        recommendationId={ctx.id}
        themes={await themesOf(ctx.id)}
        edit={now && editor ? { all: await themeList() } : null}
      />

      {comments && <DiscussionSection recommendationId={ctx.id} discussion={comments} />}

      <section aria-labelledby="cycle-documents" className="mt-10">
        <h2 id="cycle-documents" className="text-lg font-semibold">
          {t("documentsOfCycle")}
        </h2>
        <div className="mt-3">
          <DocumentLinks documents={cycle.documents} />
        </div>
      </section>

      <nav
        aria-label={t("prevNext")}
        className="no-print mt-10 flex justify-between gap-4 border-t border-slate-200 pt-4 text-sm"
      >
        {ctx.prev ? (
          <Link href={`/recommendations/${ctx.prev.id}`} rel="prev">
            <span aria-hidden="true">← </span>
            {t("previous", { label: ctx.prev.label })}
          </Link>
        ) : (
          <span />
        )}
        {ctx.next ? (
          <Link href={`/recommendations/${ctx.next.id}`} rel="next">
            {t("next", { label: ctx.next.label })}
            <span aria-hidden="true"> →</span>
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </>
  );
}
