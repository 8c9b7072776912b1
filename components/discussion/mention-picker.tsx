"use client";
// The "Mention" list beside a comment's text: choose a person, then "Insert mention" puts `@[Name]` at the
// cursor and returns to the text. A plain select and button, so the keyboard and screen readers need
// nothing special; typing `@[Name]` by hand works the same.
import { useState } from "react";
import { useTranslations } from "next-intl";

export interface MentionChoice {
  label: string;
  insert: string;
}

export function MentionPicker({ people, textareaId }: { people: MentionChoice[]; textareaId: string }) {
  const t = useTranslations("discussion.mention");
  const [choice, setChoice] = useState("");
  const id = `${textareaId}-mention`;
  const insert = () => {
    const area = document.getElementById(textareaId) as HTMLTextAreaElement | null;
    if (!area || !choice) return;
    const start = area.selectionStart ?? area.value.length;
    const end = area.selectionEnd ?? start;
    const before = area.value.slice(0, start);
    const text = `${before && !/\s$/.test(before) ? " " : ""}${choice} `;
    area.setRangeText(text, start, end, "end");
    area.focus();
  };
  if (people.length === 0) return null;
  return (
    <div className="mt-2 flex flex-wrap items-end gap-2">
      <p className="flex flex-col">
        <label htmlFor={id} className="text-sm font-semibold text-slate-900">
          {t("label")}
        </label>
        <select
          id={id}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          className="mt-1 rounded border border-slate-400 bg-white px-3 py-2 text-slate-900"
        >
          <option value="">{t("choose")}</option>
          {people.map((p) => (
            <option key={p.insert} value={p.insert}>
              {p.label}
            </option>
          ))}
        </select>
      </p>
      <button
        type="button"
        onClick={insert}
        disabled={!choice}
        className="rounded border border-sky-800 px-3 py-2 text-sm font-semibold text-sky-800 hover:bg-sky-50 disabled:opacity-60"
      >
        {t("insert")}
      </button>
    </div>
  );
}
