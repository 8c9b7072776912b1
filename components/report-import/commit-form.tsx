"use client";
// The preview: every item found, editable (relabel, edit, split, merge, move, drop), the parser's warnings,
// items already recorded marked as skipped; then one import of them all, its answers dated once.
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { DatedFields, EMPTY_DATED } from "@/components/forms/dated-field";
import { idle, type ActionState } from "@/lib/actions/result";
import { alreadyRecorded, normaliseLabel } from "@/lib/report-import/policy";
import { MAX_ITEMS_JSON_CHARS } from "@/lib/report-import/schema";
import type { PreviewSource } from "@/lib/report-import/preview";
import { PreviewItem, type Row } from "./preview-item";
import { applyRowAction, itemErrors } from "./rows";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

interface Props {
  cycleId: string;
  documentId: string;
  document: string | null;
  initial: Row[];
  warnings: string[];
  source: PreviewSource | null;
  labels: string[];
  today: string;
  commit: Action;
  onRestart: () => void;
}

const strip = (rows: Row[]) => rows.map(({ key: _key, ...item }) => item);

export function CommitForm(p: Props) {
  const t = useTranslations("reportImport");
  const [rows, setRows] = useState(p.initial);
  const [state, formAction] = useAction(p.commit, idle);
  const recorded = alreadyRecorded(rows, p.labels);
  const fresh = rows.filter((r) => !recorded.has(normaliseLabel(r.label) ?? r.label));
  const errors = state.status === "error" ? state.fieldErrors : {};
  const byItem = itemErrors(errors);
  const withAnswers = rows.some((r) => r.response);
  const json = JSON.stringify(strip(rows));
  // A server action's body is limited to 1 MB: say so before sending rather than fail on the way.
  const tooLarge = new TextEncoder().encode(json).length > MAX_ITEMS_JSON_CHARS;
  if (state.status === "ok") {
    const created = JSON.parse(state.data?.created ?? "[]") as { id: string; label: string }[];
    return (
      <div>
        <FormStatus state={state} />
        {created.length > 0 && (
          <ul className="mt-3 list-disc pl-6">
            {created.map((c) => (
              <li key={c.id}>
                <Link href={`/recommendations/${c.id}`}>{t("recommendation", { label: c.label })}</Link>
              </li>
            ))}
          </ul>
        )}
        {created.length > 0 && state.data?.importId && (
          <p className="mt-3">
            <Link href={`/imports/${state.data.importId}`} className="font-semibold">
              {t("checkRepeats")}
            </Link>
          </p>
        )}
        <button type="button" onClick={p.onRestart} className="mt-4 underline">
          {t("importAnother")}
        </button>
      </div>
    );
  }
  return (
    <form action={formAction} method="post">
      <input type="hidden" name="cycleId" value={p.cycleId} />
      <input type="hidden" name="documentId" value={p.documentId} />
      <input type="hidden" name="items" value={json} />
      <input type="hidden" name="fileName" value={p.source?.fileName ?? ""} />
      <input type="hidden" name="fileSha256" value={p.source?.fileSha256 ?? ""} />
      <h2 className="text-lg font-semibold">{t("previewHeading")}</h2>
      <p className="mt-1 text-slate-800">
        {t("found", {
          count: rows.length,
          source: p.source ? "yes" : "no",
          file: p.source?.fileName ?? "",
          kind: p.source?.kind ?? "",
          sha: p.source?.fileSha256.slice(0, 12) ?? "",
          document: p.document ? "yes" : "no",
          title: p.document ?? "",
          fresh: fresh.length,
          skipped: recorded.size,
        })}{" "}
        <button type="button" onClick={p.onRestart} className="underline">
          {t("startAgain")}
        </button>
      </p>
      {p.warnings.length > 0 && (
        <div className="mt-3 rounded border border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
          <h3 className="font-semibold">{t("warnings")}</h3>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {p.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {errors.items && <p className="mt-3 font-medium text-rose-800">{errors.items.join(" ")}</p>}
      <ol className="mt-4 space-y-4">
        {rows.map((row, i) => (
          <PreviewItem
            key={row.key}
            row={row}
            index={i}
            count={rows.length}
            recorded={recorded.has(normaliseLabel(row.label) ?? row.label)}
            errors={byItem.get(i) ?? []}
            onChange={(r) => setRows(rows.map((x) => (x.key === r.key ? r : x)))}
            onAction={(a) => setRows(applyRowAction(rows, i, a))}
          />
        ))}
      </ol>
      {withAnswers && (
        <DatedFields
          legend={t("answersDate")}
          name={(f) => f}
          value={(f, stored) => (state.status === "error" ? (state.values[f] ?? stored) : stored)}
          stored={EMPTY_DATED}
          errors={errors}
          today={p.today}
        />
      )}
      <label className="mt-4 inline-flex items-center gap-2 text-sm font-semibold text-slate-900">
        <input type="checkbox" name="textChecked" className="size-4 accent-sky-800" />
        {t("textChecked")}
      </label>
      {tooLarge ? (
        <p className="mt-4 font-medium text-rose-800">{t("tooLarge")}</p>
      ) : (
        <div>
          <SubmitButton>{t("importCount", { count: fresh.length })}</SubmitButton>
        </div>
      )}
      <FormStatus state={state} />
    </form>
  );
}
