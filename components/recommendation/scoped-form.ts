// Several forms on one page share field names (status, reason, …), and the
// shared form fields derive their element ids from the name. Each form's
// fields therefore carry a prefix (unique ids, correct labels); it is taken
// off again before the server action sees the data. Pure, unit-tested.

/** The form data as the server action expects it: prefixes removed. */
export function unscope(form: FormData, prefix: string): FormData {
  const out = new FormData();
  for (const [key, value] of form.entries()) out.append(key.startsWith(prefix) ? key.slice(prefix.length) : key, value);
  return out;
}

/** The action's field errors, keyed by the prefixed names the fields use. */
export function scopeErrors(errors: Record<string, string[]>, prefix: string): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}${k}`, v]));
}

interface ErrorState {
  status: "error";
  fieldErrors: Record<string, string[]>;
}

/**
 * The state to announce: errors of fields without a visible control (the
 * hidden id and version) join the form-level errors, so none goes unseen.
 */
export function withHiddenErrors<S extends { status: string }>(state: S, visible: readonly string[]): S {
  if (state.status !== "error") return state;
  const { fieldErrors } = state as unknown as ErrorState;
  const hidden = Object.entries(fieldErrors).filter(([k]) => k !== "form" && !visible.includes(k));
  if (hidden.length === 0) return state;
  const form = [...(fieldErrors.form ?? []), ...hidden.flatMap(([, v]) => v)];
  return { ...state, fieldErrors: { ...fieldErrors, form } };
}
