"use client";
// A cycle's report-text imports, latest first; editors revert one as a whole (refused, with the items
// named, if later work would be lost).
import Link from "next/link";
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
  if (imports.length === 0) return <p className="mt-2 text-slate-700">No report-text imports into this cycle yet.</p>;
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
  return (
    <ul className="mt-3 space-y-3">
      {imports.map((i) => (
        <li key={i.id} className="rounded border border-slate-200 p-3">
          <p>
            <span className="font-semibold">{i.when}</span>, by {i.createdBy}, from {i.source}: {i.itemCount}{" "}
            recommendation{i.itemCount === 1 ? "" : "s"} ({i.labels})
            {i.skipped ? `; already recorded, skipped: ${i.skipped}` : ""}.{" "}
            {!i.reverted && <Link href={`/imports/${i.id}`}>Earlier forms of these recommendations</Link>}
          </p>
          {i.reverted ? (
            <p className="mt-1 text-sm text-slate-700">{i.reverted}</p>
          ) : (
            formAction && (
              <form action={formAction} method="post">
                <input type="hidden" name="id" value={i.id} />
                <SubmitButton tone="danger">
                  Revert this import<span className="sr-only"> (recommendations {i.labels})</span>
                </SubmitButton>
              </form>
            )
          )}
        </li>
      ))}
    </ul>
  );
}
