"use client";
// Editors' panel "Reads like earlier recommendations": the few earlier
// recommendations of the same country whose wording is closest
// (lib/links/similar.ts), each with a one-click "Link as a repeat" that goes
// through the ordinary, audited link action. Once linked, the page refreshes:
// the suggestion leaves this list and appears under "Earlier forms". One
// outcome for the whole list, announced outside it (the linked item is gone).
import Link from "next/link";
import { useId } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import { useAction } from "@/components/forms/use-action";
import { FormStatus } from "@/components/forms/form-status";
import type { ActionState } from "@/lib/actions/result";
import { asLocale } from "@/lib/i18n/locales";
import { similarityWords } from "./labels";

export interface RepeatSuggestionItem {
  id: string;
  label: string;
  excerpt: string;
  cycle: { year: number; title: string; slug: string };
  similarity: number;
}

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

function LinkButton({ what }: { what: string }) {
  const t = useTranslations("links.suggestions");
  const { pending } = useFormStatus();
  const sr = (c: React.ReactNode) => <span className="sr-only">{c}</span>;
  return (
    <button
      type="submit"
      disabled={pending}
      className="mt-2 rounded border border-sky-800 bg-white px-3 py-1.5 text-sm font-semibold text-sky-800 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:opacity-60"
    >
      {t.rich(pending ? "linking" : "link", { what, sr })}
    </button>
  );
}

/** Every message of a refused link (e.g. "These two recommendations are already linked"), not only the first. */
function Refused({ state }: { state: ActionState }) {
  if (state.status !== "error") return <FormStatus state={state} />;
  const details = Object.values(state.fieldErrors).flat();
  return (
    <div role="alert" className="mt-4 rounded border border-rose-700 bg-rose-50 px-3 py-2 text-rose-900">
      <p className="font-semibold">{state.message}</p>
      {details.length > 0 && <p className="mt-1">{details.join(" ")}</p>}
    </div>
  );
}

export function RepeatSuggestions({
  recommendationId,
  suggestions,
  action,
  heading,
}: {
  recommendationId: string;
  suggestions: RepeatSuggestionItem[];
  action: Action;
  /** Several panels on one page (an import's result) name their recommendation. */
  heading?: React.ReactNode;
}) {
  const t = useTranslations("links");
  const raw = useLocale();
  const locale = asLocale(raw);
  const [state, formAction] = useAction(action);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="no-print mt-10 rounded-lg border border-slate-200 p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {heading ?? t("suggestions.heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("suggestions.intro")}</p>
      {suggestions.length === 0 ? (
        <p className="mt-3 text-sm text-slate-800">{t("suggestions.none")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200">
          {suggestions.map((s) => {
            const what = t("what", { year: String(s.cycle.year), label: s.label });
            return (
              <li key={s.id} className="py-3">
                <p>
                  <Link href={`/recommendations/${s.id}`} className="font-semibold">
                    {t("yearRecommendation", { year: String(s.cycle.year), label: s.label })}
                  </Link>{" "}
                  <span className="text-sm text-slate-700">({s.cycle.title})</span>
                </p>
                <p className="mt-1 font-serif text-sm text-slate-800">{s.excerpt}</p>
                <p className="mt-1 text-sm text-slate-700">{similarityWords(t, s.similarity, locale)}</p>
                <form action={formAction} aria-label={t("suggestions.form", { what })}>
                  <input type="hidden" name="fromId" value={recommendationId} />
                  <input type="hidden" name="toId" value={s.id} />
                  <input type="hidden" name="kind" value="REPEATS" />
                  <LinkButton what={what} />
                </form>
              </li>
            );
          })}
        </ul>
      )}
      <Refused state={state} />
    </section>
  );
}
