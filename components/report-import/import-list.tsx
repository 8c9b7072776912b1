"use client";
// A cycle's report-text imports, latest first; editors revert one as a whole (refused, with the items
// named, if later work would be lost).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { idle, type ActionState } from "@/lib/actions/result";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export interface ImportRow {
  id: string;
  when: string;
  createdBy: string;
  source: string;
  labels: string;
  skipped: string | null;
  itemCount: number;
  reverted: string | null;
}

export function ImportList({ imports, revert }: { imports: ImportRow[]; revert: Action | null }) {
  const t = useTranslations("reportImport.list");
  if (imports.length === 0) return <p className="mt-2 text-slate-700">{t("none")}</p>;
  return revert ? <RevertableList imports={imports} revert={revert} /> : <Entries imports={imports} />;
}

/** One outcome for the list, outside it: a reverted import's form is gone once the page refreshes. */
function RevertableList({ imports, revert }: { imports: ImportRow[]; revert: Action }) {
  const [state, formAction] = useAction(revert, idle);
  return (
    <>
      <FormStatus state={state} />
      <Entries imports={imports} formAction={formAction} />
    </>
  );
}

function Entries({ imports, formAction }: { imports: ImportRow[]; formAction?: (form: FormData) => void }) {
  const t = useTranslations("reportImport.list");
  return (
    <ul className="mt-3 space-y-3">
      {imports.map((i) => (
        <li key={i.id} className="rounded border border-slate-200 p-3">
          <p>
            {t.rich("entry", {
              when: i.when,
              by: i.createdBy,
              source: i.source,
              count: i.itemCount,
              labels: i.labels,
              hasSkipped: i.skipped ? "yes" : "no",
              skipped: i.skipped ?? "",
              bold: (c) => <span className="font-semibold">{c}</span>,
            })}{" "}
            {!i.reverted && <Link href={`/imports/${i.id}`}>{t("earlierForms")}</Link>}
          </p>
          {i.reverted ? (
            <p className="mt-1 text-sm text-slate-700">{i.reverted}</p>
          ) : (
            formAction && (
              <form action={formAction} method="post">
                <input type="hidden" name="id" value={i.id} />
                <SubmitButton tone="danger">
                  {t.rich("revert", { labels: i.labels, sr: (c) => <span className="sr-only">{c}</span> })}
                </SubmitButton>
              </form>
            )
          )}
        </li>
      ))}
    </ul>
  );
}
