"use client";
// Typing "@" and the start of a name in a comment lists the people who match, under the text: arrow keys
// move through them, Enter or Tab inserts the chosen one as @[Name], Escape closes the list. The text box
// keeps the focus (aria-activedescendant names the highlighted person; a live region says how many match).
// An addition to the Mention list beside it, which needs no typing at all.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { matches, typedMention } from "./mention-match";
import type { MentionChoice } from "./mention-picker";

export function MentionAutocomplete({ people, textareaId }: { people: MentionChoice[]; textareaId: string }) {
  const t = useTranslations("discussion.mention");
  const [found, setFound] = useState<{ start: number; options: MentionChoice[] } | null>(null);
  const [active, setActive] = useState(0);
  const listId = `${textareaId}-people`;

  useEffect(() => {
    const area = document.getElementById(textareaId) as HTMLTextAreaElement | null;
    if (!area) return;
    const update = () => {
      const caret = area.selectionStart ?? area.value.length;
      const typed = typedMention(area.value.slice(0, caret));
      const options = typed ? matches(people, typed.query) : [];
      // Only once something follows the "@" (or its bracket): a lone "@" stays quiet.
      if (!typed || options.length === 0 || (!typed.bracket && typed.query === "")) {
        setFound(null);
        return;
      }
      setFound({ start: typed.start, options });
      setActive(0);
    };
    area.addEventListener("input", update);
    return () => area.removeEventListener("input", update);
  }, [people, textareaId]);

  useEffect(() => {
    const area = document.getElementById(textareaId) as HTMLTextAreaElement | null;
    if (!area) return;
    if (found) {
      area.setAttribute("aria-autocomplete", "list");
      area.setAttribute("aria-controls", listId);
      area.setAttribute("aria-activedescendant", `${listId}-${active}`);
    } else {
      area.removeAttribute("aria-activedescendant");
      area.removeAttribute("aria-controls");
    }
    const choose = (p: MentionChoice) => {
      const caret = area.selectionStart ?? area.value.length;
      area.setRangeText(`${p.insert} `, found!.start, caret, "end");
      setFound(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (!found) return;
      const n = found.options.length;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        setActive((a) => (a + (e.key === "ArrowDown" ? 1 : n - 1)) % n);
      } else if (e.key === "Enter" || e.key === "Tab") {
        e.preventDefault();
        choose(found.options[active]!);
      } else if (e.key === "Escape") {
        e.preventDefault();
        setFound(null);
      }
    };
    area.addEventListener("keydown", onKey);
    return () => area.removeEventListener("keydown", onKey);
  }, [found, active, listId, textareaId]);

  const count = found?.options.length ?? 0;
  return (
    <>
      <p aria-live="polite" className="sr-only">
        {found ? t("matches", { count }) : ""}
      </p>
      {found && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t("list")}
          className="mt-1 max-w-md rounded border border-slate-400 bg-white py-1 shadow"
        >
          {found.options.map((p, i) => (
            <li
              key={p.insert}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault(); // keep the focus in the text
                const area = document.getElementById(textareaId) as HTMLTextAreaElement;
                const caret = area.selectionStart ?? area.value.length;
                area.setRangeText(`${p.insert} `, found.start, caret, "end");
                setFound(null);
              }}
              className={`cursor-pointer px-3 py-1 ${i === active ? "bg-sky-800 text-white" : "text-slate-900"}`}
            >
              {p.label}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
