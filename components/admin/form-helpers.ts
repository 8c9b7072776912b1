// Pure helpers for the admin forms (unit-tested in form-helpers.test.ts).
import type { ActionState } from "@/lib/actions/result";

/**
 * The state to show in FormStatus: errors of fields that have no visible
 * control (hidden ids, the invitation token) are moved into the form-level
 * errors, so a refusal is never silent.
 */
export function withHiddenErrors(
  state: ActionState,
  shown: readonly string[],
  nothingSaved = "Nothing was saved.",
): ActionState {
  if (state.status !== "error") return state;
  const hidden = Object.entries(state.fieldErrors)
    .filter(([name]) => name !== "form" && !shown.includes(name))
    .flatMap(([, msgs]) => msgs);
  const anyShown = shown.some((name) => (state.fieldErrors[name]?.length ?? 0) > 0);
  // "Correct the highlighted fields" misleads when no field is highlighted
  // (e.g. the last-administrator rule): then say only that nothing was saved.
  // (`nothingSaved`: in the reader's language.)
  const message = !anyShown && state.correctFields ? nothingSaved : state.message;
  if (hidden.length === 0 && message === state.message) return state;
  return {
    ...state,
    message,
    fieldErrors: { ...state.fieldErrors, form: [...(state.fieldErrors.form ?? []), ...hidden] },
  };
}

/** A stored calendar date (UTC midnight) as the value of a date input. */
export function dateInputValue(date: Date | string | null | undefined): string {
  if (!date) return "";
  const d = typeof date === "string" ? new Date(date) : date;
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10);
}

/** The one-time invitation link shown to the admin. */
export function inviteLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/invite/${encodeURIComponent(token)}`;
}
