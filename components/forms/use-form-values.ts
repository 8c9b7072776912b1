import type { ActionState } from "@/lib/actions/result";

/**
 * The value to show in a field: what the user typed if the last save was
 * refused (so nothing typed is lost), else the stored value.
 */
export function valueOf(state: ActionState, name: string, stored: string | null | undefined): string {
  if (state.status === "error" && name in state.values) return state.values[name] ?? "";
  return stored ?? "";
}

/** Remount key: a refused save re-renders the form with the typed values. */
export function formKey(state: ActionState): string {
  return state.status === "error" ? `e-${JSON.stringify(state.values).length}-${state.message.length}` : state.status;
}

export function errorsOf(state: ActionState): Record<string, string[]> {
  return state.status === "error" ? state.fieldErrors : {};
}
