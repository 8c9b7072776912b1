// The internal discussion of a recommendation: comments in order, mentions by name, the author's edit
// form while the edit window is open, and the form to add one. Only for those who may discuss
// (lib/comments/queries.ts discussionOf decides); never printed, never in reports or exports.
import { useLocale, useTranslations } from "next-intl";
import type { Discussion } from "@/lib/comments/queries";
import { formatDateTime } from "@/lib/i18n/format";
import { asLocale } from "@/lib/i18n/locales";
import { Disclosure } from "@/components/recommendation/disclosure";
import { EditCommentForm, NewCommentForm } from "./comment-forms";

export function DiscussionSection({
  recommendationId,
  discussion,
}: {
  recommendationId: string;
  discussion: Discussion;
}) {
  const { comments, people } = discussion;
  const t = useTranslations("discussion");
  const locale = useLocale();
  /** "30 November 2026 at 10:04:00 UTC", in the reader's language. */
  const when = (d: Date) => t("when", { when: formatDateTime(d, asLocale(locale)) });
  return (
    <section id="discussion" aria-labelledby="discussion-heading" className="no-print mt-10">
      <h2 id="discussion-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("internal")}</p>
      {comments.length === 0 ? (
        <p className="mt-3 text-slate-700">{t("empty")}</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {comments.map((c) => (
            <li key={c.id} className="rounded-md border border-slate-200 bg-white px-4 py-3">
              <article aria-label={t("commentBy", { author: c.author })}>
                <p className="text-sm text-slate-600">
                  <span className="font-semibold text-slate-900">{c.author}</span> ·{" "}
                  <time dateTime={c.createdAt.toISOString()}>{when(c.createdAt)}</time>
                  {c.edited && ` · ${t("edited")}`}
                </p>
                <p className="mt-1 break-words whitespace-pre-wrap text-slate-900">
                  {c.parts.map((p, i) =>
                    p.kind === "text" ? (
                      <span key={i}>{p.text}</span>
                    ) : (
                      <strong key={i} className="font-semibold text-sky-900">
                        @{p.name}
                      </strong>
                    ),
                  )}
                </p>
                {c.edit && (
                  <Disclosure summary={t("change")}>
                    <EditCommentForm id={c.id} body={c.edit.body} until={when(c.edit.until)} people={people} />
                  </Disclosure>
                )}
              </article>
            </li>
          ))}
        </ol>
      )}
      <NewCommentForm recommendationId={recommendationId} people={people} />
    </section>
  );
}
