"use client";
// Import changes from a spreadsheet: check the file (a dry run that writes
// nothing and lists every problem, conflict and change by row), then apply
// exactly what the dry run showed. The chosen file is kept between the two
// steps, so the editor never uploads it twice.
import Link from "next/link";
import { useActionState, useState, startTransition } from "react";
import { useTranslations } from "next-intl";
import { idle, type ActionState } from "@/lib/actions/result";
import type { PlanView } from "@/lib/sheet-import/view";
import { FormStatus } from "./forms/form-status";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;
const button =
  "mt-4 mr-3 rounded px-4 py-2 font-semibold text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:opacity-60";

function planOf(state: ActionState): PlanView | null {
  if (state.status !== "ok" || !state.data?.plan) return null;
  return JSON.parse(state.data.plan) as PlanView;
}

export function SheetImportForm({ action, cycleId, maxKb }: { action: Action; cycleId: string; maxKb: number }) {
  const t = useTranslations("sheetImport");
  const [state, run, pending] = useActionState(action, idle);
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<PlanView | null>(null);
  const plan = planOf(state);
  // The last dry run stays on screen after a refused apply, with the refusal above it.
  const shown = plan ?? checked;
  if (plan && !plan.applied && plan !== checked && plan.key !== checked?.key) setChecked(plan);
  const problems = state.status === "error" ? (state.fieldErrors.file ?? state.fieldErrors.content ?? []) : [];
  const canApply = shown && !shown.applied && shown.problems.length === 0 && shown.changes.length > 0;

  const submit = (intent: "check" | "apply") => {
    const form = new FormData();
    form.set("cycleId", cycleId);
    form.set("intent", intent);
    if (file) form.set("file", file);
    if (intent === "apply" && shown) form.set("planKey", shown.key);
    startTransition(() => run(form));
  };

  return (
    <div className="max-w-4xl">
      <form
        method="post"
        encType="multipart/form-data"
        onSubmit={(e) => {
          e.preventDefault();
          submit("check");
        }}
      >
        <label htmlFor="sheet-file" className="block text-sm font-semibold text-slate-900">
          {t("file", { maxKb })}
        </label>
        <input
          id="sheet-file"
          name="file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setChecked(null);
          }}
          aria-describedby={problems.length ? "sheet-problems" : undefined}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5"
        />
        <button type="submit" disabled={pending || !file} className={`${button} bg-sky-800 hover:bg-sky-900`}>
          {pending ? t("working") : t("check")}
        </button>
        {canApply && (
          <button
            type="button"
            disabled={pending}
            onClick={() => submit("apply")}
            className={`${button} bg-emerald-800 hover:bg-emerald-900`}
          >
            {t("apply", { count: shown.changes.length })}
          </button>
        )}
      </form>
      <FormStatus state={state} />
      {problems.length > 0 && (
        <ul id="sheet-problems" className="mt-2 list-disc pl-5 text-sm text-rose-900">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {shown && <PlanDetails plan={shown} />}
    </div>
  );
}

function PlanDetails({ plan }: { plan: PlanView }) {
  const t = useTranslations("sheetImport");
  const none = <p className="text-sm text-slate-700">{t("none")}</p>;
  return (
    <section aria-labelledby="plan-heading" className="mt-6 space-y-6">
      <h2 id="plan-heading" className="text-lg font-semibold">
        {t(plan.applied ? "appliedHeading" : "dryRunHeading", { file: plan.file.name })}
      </h2>
      <p className="text-sm text-slate-700">
        {t.rich("fileSummary", {
          kind: plan.file.kind,
          rows: plan.file.rows,
          sha256: plan.file.sha256,
          unchanged: plan.unchanged,
          code: (c) => <code className="break-all">{c}</code>,
        })}
      </p>
      <div>
        <h3 className="font-semibold">{t("problems", { count: plan.problems.length })}</h3>
        {plan.problems.length === 0 ? (
          none
        ) : (
          <>
            <p className="text-sm text-rose-900">{t("problemsBlock")}</p>
            <ul className="mt-1 list-disc pl-5 text-sm text-rose-900">
              {plan.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div>
        <h3 className="font-semibold">{t("conflicts", { count: plan.conflicts.length })}</h3>
        {plan.conflicts.length === 0 ? (
          none
        ) : (
          <>
            <p className="text-sm text-slate-700">{t("conflictsHelp")}</p>
            {plan.conflicts.map((c) => (
              <table key={c.row} className="mt-2 w-full table-fixed border-collapse text-sm">
                <caption className="text-left font-medium">
                  {t.rich("conflictCaption", {
                    row: String(c.row),
                    label: c.label,
                    link: (x) => <Link href={c.href}>{x}</Link>,
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className="w-48 border-b border-slate-300 px-2 py-1 text-left">
                      {t("column")}
                    </th>
                    <th scope="col" className="border-b border-slate-300 px-2 py-1 text-left">
                      {t("inFile")}
                    </th>
                    <th scope="col" className="border-b border-slate-300 px-2 py-1 text-left">
                      {t("inTracker")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {c.fields.map((f) => (
                    <tr key={f.column} className="align-top">
                      <th scope="row" className="border-b border-slate-200 px-2 py-1 text-left font-normal">
                        {f.column}
                      </th>
                      <td className="border-b border-slate-200 px-2 py-1 break-words whitespace-pre-wrap">
                        {f.sheet || t("empty")}
                      </td>
                      <td className="border-b border-slate-200 px-2 py-1 break-words whitespace-pre-wrap">
                        {f.tracker || t("empty")}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </>
        )}
      </div>
      <div>
        <h3 className="font-semibold">
          {t(plan.applied ? "changesApplied" : "changesToApply", { count: plan.changes.length })}
        </h3>
        {plan.changes.length === 0 ? (
          none
        ) : (
          <ul className="mt-1 list-disc pl-5 text-sm">
            {plan.changes.map((c) => (
              <li key={`${c.row}-${c.words}`}>
                {t.rich("change", {
                  row: String(c.row),
                  label: c.label,
                  words: c.words,
                  link: (x) => <Link href={c.href}>{x}</Link>,
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
