// Correcting or withdrawing one entry of a series: links to the same page with
// that entry's form open (?edit=<id>&mode=correct|withdraw), so the page does
// not carry a form for every entry (a recommendation can have dozens).
// The open form comes with a way back; the page keeps its place (#entry-<id>).
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export type NewEntry = "response" | "assessment" | "followUp";

export interface EntryEditState {
  path: string;
  open: { id: string; mode: "correct" | "withdraw" } | null;
  /** The series whose "new entry" form is open. */
  adding: NewEntry | null;
}

export const entryAnchor = (id: string) => `entry-${id}`;
const href = (path: string, id: string, mode?: "correct" | "withdraw") =>
  `${path}${mode ? `?edit=${encodeURIComponent(id)}&mode=${mode}` : ""}#${entryAnchor(id)}`;

const linkClass = "rounded-md border px-3 py-1 text-sm font-semibold no-underline hover:bg-slate-100";

interface Props {
  id: string;
  withdrawn: boolean;
  state: EntryEditState;
  /** Which series the entry is in: names it in the links' accessible names. */
  kind: NewEntry;
  correct: ReactNode;
  withdraw: ReactNode;
}

export function EntryEditing({ id, withdrawn, state, kind, correct, withdraw }: Props) {
  const t = useTranslations("entries");
  const open = state.open?.id === id ? state.open.mode : null;
  if (open) {
    return (
      <div className="no-print mt-3 rounded-md border border-slate-300 bg-slate-50 px-4 pb-4">
        {open === "correct" ? correct : withdraw}
        <p className="mt-3 text-sm">
          <Link href={href(state.path, id)}>{t("close")}</Link>
        </p>
      </div>
    );
  }
  if (withdrawn) return null;
  return (
    <div className="no-print mt-3 flex flex-wrap gap-2">
      <Link
        href={href(state.path, id, "correct")}
        className={`${linkClass} border-slate-300 text-sky-800`}
        aria-label={t("correctThis", { kind })}
      >
        {t("correct")}
      </Link>
      <Link
        href={href(state.path, id, "withdraw")}
        className={`${linkClass} border-slate-300 text-rose-800`}
        aria-label={t("withdrawThis", { kind })}
      >
        {t("withdraw")}
      </Link>
    </div>
  );
}

/** "Record a new response" and the like: a link that opens the form (?add=…), or the open form. */
export function NewEntryLink({
  kind,
  label,
  state,
  anchor,
  children,
}: {
  kind: NewEntry;
  label: string;
  state: EntryEditState;
  anchor: string;
  children: ReactNode;
}) {
  const t = useTranslations("entries");
  if (state.adding === kind) {
    return (
      <div className="no-print mt-4 rounded-md border border-slate-300 bg-slate-50 px-4 pb-4">
        <h3 className="pt-3 text-sm font-semibold text-slate-900">{label}</h3>
        {children}
        <p className="mt-3 text-sm">
          <Link href={`${state.path}#${anchor}`}>{t("close")}</Link>
        </p>
      </div>
    );
  }
  return (
    <p className="no-print mt-4">
      <Link
        href={`${state.path}?add=${kind}#${anchor}`}
        className={`${linkClass} inline-block border-slate-300 text-sky-800`}
      >
        {label}
      </Link>
    </p>
  );
}
