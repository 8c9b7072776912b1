"use client";
// Upload a CSV of recommendation texts; every problem is listed by line, and
// nothing is imported unless every line is right.
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { idle, type ActionState } from "@/lib/actions/result";
import { FormStatus } from "./forms/form-status";
import { SubmitButton } from "./forms/submit-button";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function ImportForm({ action, cycleId }: { action: Action; cycleId: string }) {
  const t = useTranslations("imports");
  const [state, formAction] = useAction(action, idle);
  const problems = state.status === "error" ? (state.fieldErrors.file ?? state.fieldErrors.csv ?? []) : [];
  return (
    <form action={formAction} method="post" encType="multipart/form-data" className="max-w-2xl">
      <input type="hidden" name="cycleId" value={cycleId} />
      <label htmlFor="import-file" className="block text-sm font-semibold text-slate-900">
        {t("file")}
      </label>
      <input
        id="import-file"
        name="file"
        type="file"
        accept=".csv,text/csv"
        aria-describedby={problems.length ? "import-problems" : undefined}
        className="mt-1 block w-full text-sm file:mr-3 file:rounded file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5"
      />
      <SubmitButton>{t("submit")}</SubmitButton>
      <FormStatus state={state} />
      {problems.length > 0 && (
        <div id="import-problems" className="mt-3">
          <h2 className="text-sm font-semibold">{t("problems")}</h2>
          <ul className="mt-1 list-disc pl-5 text-sm text-rose-900">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
