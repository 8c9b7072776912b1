// The one result shape every server action returns, for useActionState:
// all field errors at once, the values to keep on screen, and for stale
// forms the list of what someone else changed meanwhile.
import type { z } from "zod";

/** What someone else changed since the form was opened, in readable words. */
export interface ConflictChange {
  field: string;
  label: string;
  value: string;
  by: string;
}

/** A field both changed, differently: the user decides. */
export interface ConflictField {
  field: string;
  label: string;
  mine: string;
  theirs: string;
  /** Their version as the form's values (for "Use theirs"). */
  theirsForm: Record<string, string>;
}

export type ActionState =
  | { status: "idle" }
  | { status: "ok"; message: string; values?: undefined; data?: Record<string, string> }
  | {
      status: "error";
      message: string;
      fieldErrors: Record<string, string[]>;
      /** What the user typed, so nothing is lost when the save is refused. */
      values: Record<string, string>;
      conflict?: { changes: ConflictChange[]; conflicts: ConflictField[]; currentVersion: number };
      /** The message asks to correct highlighted fields (a form whose fields are hidden says less). */
      correctFields?: true;
    };

export const idle: ActionState = { status: "idle" };

export function formValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) out[k] = v;
  return out;
}

export function formObject(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return out;
}

/**
 * One message per field: the first rule that fails. Zod runs every check of a field (an empty date fails
 * "required", "a date", "a real date" and "after 1990" at once); the later ones only repeat the first.
 */
export function firstIssuePerField(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    fieldErrors[key] ??= [issue.message];
  }
  return fieldErrors;
}

export function invalid(error: z.ZodError, form: FormData): ActionState {
  return correctFields(form, firstIssuePerField(error));
}

/** Fields to correct: the one message for them (one place, so a form can tell it from the others). */
export function correctFields(form: FormData, fieldErrors: Record<string, string[]>): ActionState {
  return {
    status: "error",
    message: "Please correct the highlighted fields. Nothing was saved.",
    fieldErrors,
    values: formValues(form),
    correctFields: true,
  };
}

export function refused(
  form: FormData,
  message = "You do not have permission to do this. Nothing was saved.",
): ActionState {
  return { status: "error", message, fieldErrors: {}, values: formValues(form) };
}

export function failed(form: FormData, message: string, fieldErrors: Record<string, string[]> = {}): ActionState {
  return { status: "error", message, fieldErrors, values: formValues(form) };
}
