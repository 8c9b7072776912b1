"use client";
// useActionState for one of several forms on the page: prefixed field names
// (see scoped-form.ts), the typed values kept after a refused save, a fresh
// form after each outcome, and the version the user started editing from.
import { useAction } from "@/components/forms/use-action";
import { useState } from "react";
import { idle, type ActionState } from "@/lib/actions/result";
import { errorsOf, valueOf } from "@/components/forms/use-form-values";
import { scopeErrors, unscope, withHiddenErrors } from "./scoped-form";

export type FormAction = (prev: ActionState, form: FormData) => Promise<ActionState>;

interface Options {
  /** Unique per form on the page. */
  prefix: string;
  /** The fields with a control; errors of the others join the form's status. */
  visible: readonly string[];
  /** The stored record's version, for forms that change one. */
  version?: number;
}

export function useScopedForm(action: FormAction, options: Options): ReturnType<typeof useScoped>;
/** Positional form (prefix, visible fields, stored version), kept for existing callers. */
export function useScopedForm(
  action: FormAction,
  prefix: string,
  visible: readonly string[],
  version?: number,
): ReturnType<typeof useScoped>;
export function useScopedForm(
  action: FormAction,
  options: Options | string,
  visible: readonly string[] = [],
  version?: number,
) {
  return useScoped(action, typeof options === "string" ? { prefix: options, visible, version } : options);
}

function useScoped(action: FormAction, { prefix, visible, version: storedVersion }: Options) {
  const [state, formAction] = useAction(
    (prev: ActionState, form: FormData) => action(prev, unscope(form, prefix)),
    idle,
  );
  // Each outcome remounts the form (React resets forms after an action; a refused save shows the typed values again).
  const [seen, setSeen] = useState({ state, round: 0, pinned: null as number | null, shown: storedVersion });
  if (seen.state !== state)
    setSeen({ ...seen, state, round: seen.round + 1, pinned: state.status === "ok" ? null : seen.pinned });
  // Until the user starts typing, a newer stored version (a page refresh) remounts the form with its values.
  else if (seen.pinned === null && seen.shown !== storedVersion) setSeen({ ...seen, shown: storedVersion });
  // After this form's own save, it stands on the version that save made (the page refresh follows).
  const saved = state.status === "ok" && state.data?.version ? Number(state.data.version) : undefined;
  const base = saved !== undefined && storedVersion !== undefined ? Math.max(saved, storedVersion) : storedVersion;
  // Once the user starts typing, the form stays at the version they saw: a save by someone else
  // that reaches this page meanwhile must be reported as a conflict, never saved over silently.
  const version = seen.pinned ?? base;
  return {
    state,
    /** For FormStatus. */
    status: withHiddenErrors(state, visible),
    formAction,
    key: `r${seen.round}-v${seen.shown ?? ""}`,
    /** Put on the form: pins the version at the first edit. */
    onChange: () => {
      if (seen.pinned === null && base !== undefined) setSeen({ ...seen, pinned: base });
    },
    /** The version to submit (after a conflict: the current one, to save over it knowingly). */
    version: valueOf(state, "version", version === undefined ? "" : String(version)),
    name: (field: string) => `${prefix}${field}`,
    errors: scopeErrors(errorsOf(state), prefix),
    value: (field: string, stored: string | null | undefined) => valueOf(state, field, stored),
    /** "Use their version" of a conflict: puts their values into this form's fields. */
    useTheirs: (values: Record<string, string>) => {
      for (const [field, v] of Object.entries(values)) {
        const el = document.getElementsByName(`${prefix}${field}`)[0] as
          HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | undefined;
        if (el) el.value = v;
      }
    },
  };
}
