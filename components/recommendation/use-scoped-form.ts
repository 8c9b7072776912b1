"use client";
// useActionState for one of several forms on the page: prefixed field names
// (see scoped-form.ts), the typed values kept after a refused save, a fresh
// form after each outcome, and the version the user started editing from.
import { useActionState, useState } from "react";
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
export function useScopedForm(action: FormAction, prefix: string, visible: readonly string[], version?: number): ReturnType<typeof useScoped>;
export function useScopedForm(action: FormAction, options: Options | string, visible: readonly string[] = [], version?: number) {
  return useScoped(action, typeof options === "string" ? { prefix: options, visible, version } : options);
}

function useScoped(action: FormAction, { prefix, visible, version: storedVersion }: Options) {
  const [state, formAction] = useActionState((prev: ActionState, form: FormData) => action(prev, unscope(form, prefix)), idle);
  // Each outcome remounts the form (React resets forms after an action; a refused save shows the typed values again).
  const [seen, setSeen] = useState({ state, round: 0, pinned: null as number | null });
  if (seen.state !== state) setSeen({ state, round: seen.round + 1, pinned: state.status === "ok" ? null : seen.pinned });
  // Once the user starts typing, the form stays at the version they saw: a save by someone else
  // that reaches this page meanwhile must be reported as a conflict, never saved over silently.
  const version = seen.pinned ?? storedVersion;
  return {
    state,
    /** For FormStatus. */
    status: withHiddenErrors(state, visible),
    formAction,
    key: `r${seen.round}`,
    /** Put on the form: pins the version at the first edit. */
    onChange: () => {
      if (seen.pinned === null && storedVersion !== undefined) setSeen({ ...seen, pinned: storedVersion });
    },
    /** The version to submit (after a conflict: the current one, to save over it knowingly). */
    version: valueOf(state, "version", version === undefined ? "" : String(version)),
    name: (field: string) => `${prefix}${field}`,
    errors: scopeErrors(errorsOf(state), prefix),
    value: (field: string, stored: string | null | undefined) => valueOf(state, field, stored),
    /** "Use their version" of a conflict: puts their values into this form's fields. */
    useTheirs: (values: Record<string, string>) => {
      for (const [field, v] of Object.entries(values)) {
        const el = document.getElementsByName(`${prefix}${field}`)[0] as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | undefined;
        if (el) el.value = v;
      }
    },
  };
}
