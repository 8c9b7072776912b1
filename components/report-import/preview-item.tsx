"use client";
// One previewed item, editable before anything is written: label, section, topic, lead-in, text and the
// captured response; moved, split at a paragraph break, merged with the previous item, or dropped.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ParsedItem, ParsedResponse } from "@/lib/report-import/parsed";
import { PARSED_RESPONSE_STATUSES } from "@/lib/report-import/parsed";
import { statusLabel } from "@/lib/i18n/status";
import { controlClass } from "@/components/forms/field";

export type Row = ParsedItem & { key: number };
export type RowAction = "up" | "down" | "split" | "merge" | "drop";

const button =
  "rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 hover:bg-slate-50 disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-sky-700";

interface Props {
  row: Row;
  index: number;
  count: number;
  recorded: boolean;
  errors: string[];
  onChange: (row: Row) => void;
  onAction: (action: RowAction) => void;
}

export function PreviewItem({ row, index, count, recorded, errors, onChange, onAction }: Props) {
  const t = useTranslations("reportImport.item");
  const tStatus = useTranslations("status");
  const id = (f: string) => `item-${row.key}-${f}`;
  const set = (patch: Partial<ParsedItem>) => onChange({ ...row, ...patch });
  const item = { n: index + 1, label: row.label, hasLabel: row.label ? "yes" : "no" };
  // What a button does, with the item it acts on for screen readers ("Move up item 3 (7)").
  const act = (key: string) => t.rich(key, { name: t("name", item), sr: (c) => <span className="sr-only">{c}</span> });
  return (
    <li
      className={`rounded-lg border p-4 ${recorded ? "border-slate-300 bg-slate-50" : "border-slate-300 bg-white"}`}
      aria-labelledby={id("heading")}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={id("heading")} className="font-semibold">
          {t.rich("heading", { ...item, muted: (c) => <span className="font-normal text-slate-700">{c}</span> })}
        </h3>
        {recorded && (
          <p className="rounded bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-900">{t("recorded")}</p>
        )}
      </div>
      {errors.length > 0 && (
        <ul id={id("errors")} className="mt-2 text-sm font-medium text-rose-800">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <div className="mt-2 grid gap-x-4 sm:grid-cols-[8rem_1fr_1fr]">
        <Input id={id("label")} label={t("label")} value={row.label} onChange={(label) => set({ label })} />
        <Input
          id={id("section")}
          label={t("section")}
          value={row.section ?? ""}
          onChange={(s) => set({ section: s || null })}
        />
        <Input
          id={id("topic")}
          label={t("topic")}
          value={row.topic ?? ""}
          onChange={(t) => set({ topic: t || null })}
        />
      </div>
      <Area
        id={id("leadIn")}
        label={t("leadIn")}
        rows={2}
        value={row.leadIn ?? ""}
        onChange={(v) => set({ leadIn: v || null })}
      />
      <Area
        id={id("text")}
        label={t("text")}
        rows={4}
        value={row.text}
        onChange={(text) => set({ text })}
        hint={t("textHint")}
      />
      {row.response && (
        <fieldset className="mt-3 rounded border border-slate-200 px-3 pb-3">
          <legend className="px-1 text-sm font-semibold">{t("answer")}</legend>
          <label htmlFor={id("status")} className="mt-1 block text-sm font-semibold">
            {t("response")}
          </label>
          <select
            id={id("status")}
            className={controlClass}
            value={row.response.status}
            onChange={(e) =>
              set({
                response: {
                  ...row.response!,
                  status: e.target.value as ParsedResponse["status"],
                },
              })
            }
          >
            {PARSED_RESPONSE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(tStatus, s)}
              </option>
            ))}
          </select>
          {row.response.statusSentence && (
            <p className="mt-1 text-sm text-slate-700">{t("asPrinted", { sentence: row.response.statusSentence })}</p>
          )}
          <Area
            id={id("responseText")}
            label={t("answerText")}
            rows={3}
            value={row.response.text}
            onChange={(text) => set({ response: { ...row.response!, text } })}
          />
          <button type="button" className={`${button} mt-2`} onClick={() => set({ response: null })}>
            {act("leaveOut")}
          </button>
        </fieldset>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <ActionButton label={act("up")} disabled={index === 0} onClick={() => onAction("up")} />
        <ActionButton label={act("down")} disabled={index === count - 1} onClick={() => onAction("down")} />
        <ActionButton label={act("split")} disabled={!/\n\s*\n/.test(row.text)} onClick={() => onAction("split")} />
        <ActionButton label={act("merge")} disabled={index === 0} onClick={() => onAction("merge")} />
        <ActionButton label={act("drop")} onClick={() => onAction("drop")} />
      </div>
    </li>
  );
}

function ActionButton(p: { label: ReactNode; disabled?: boolean; onClick: () => void }) {
  return (
    <button type="button" className={button} disabled={p.disabled} onClick={p.onClick}>
      {p.label}
    </button>
  );
}

function Input(p: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  return (
    <div className="mt-2">
      <label htmlFor={p.id} className="block text-sm font-semibold text-slate-900">
        {p.label}
      </label>
      <input id={p.id} className={controlClass} value={p.value} onChange={(e) => p.onChange(e.target.value)} />
    </div>
  );
}

function Area(p: {
  id: string;
  label: string;
  value: string;
  rows: number;
  hint?: string;
  onChange: (v: string) => void;
}) {
  return (
    <div className="mt-2">
      <label htmlFor={p.id} className="block text-sm font-semibold text-slate-900">
        {p.label}
      </label>
      {p.hint && (
        <p id={`${p.id}-hint`} className="mt-0.5 text-sm text-slate-600">
          {p.hint}
        </p>
      )}
      <textarea
        id={p.id}
        rows={p.rows}
        className={controlClass}
        value={p.value}
        aria-describedby={p.hint ? `${p.id}-hint` : undefined}
        onChange={(e) => p.onChange(e.target.value)}
      />
    </div>
  );
}
