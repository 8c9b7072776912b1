// Labelled form controls that show every error of their field, keep what the
// user typed after a refused save (values from the action state), and link
// errors to the control with aria-describedby. `scope` keeps ids unique when a
// page holds several forms with the same field names (one per table row).
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { CharCounter } from "./char-counter";

export interface FieldProps {
  name: string;
  label: ReactNode;
  /** Unique per form on the page when there are several, e.g. `role-${user.id}`. */
  scope?: string;
  errors?: Record<string, string[]>;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  /** Hide the label visually (it stays available to screen readers). */
  labelHidden?: boolean;
  /** The schema's limit (import it from the domain's schema, never a second number). */
  maxLength?: number;
  /** Show "n of max characters" (text areas with a limit always do). */
  counter?: boolean;
}

export const controlClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-xs focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-700 aria-invalid:border-rose-700";

export const fieldId = (p: Pick<FieldProps, "scope" | "name">) => `${p.scope ?? "f"}-${p.name}`;

function Messages({ p }: { p: FieldProps }) {
  const errs = p.errors?.[p.name] ?? [];
  if (errs.length === 0) return null;
  const className = "mt-1 text-sm font-medium text-rose-800";
  // One message per field from the schema (lib/actions/result.ts): a paragraph, not a list of one. Rules beyond the
  // schema can name several lines (an import's rows), which stay a list.
  if (errs.length === 1)
    return (
      <p id={`${fieldId(p)}-error`} className={className}>
        {errs[0]}
      </p>
    );
  return (
    <ul id={`${fieldId(p)}-error`} className={className}>
      {errs.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

const hasCounter = (p: FieldProps) => Boolean(p.counter && p.maxLength);

function Hint({ p }: { p: FieldProps }) {
  return p.hint ? (
    <p id={`${fieldId(p)}-hint`} className="mt-0.5 text-sm text-slate-600">
      {p.hint}
    </p>
  ) : null;
}

function Frame({ p, children }: { p: FieldProps; children: ReactNode }) {
  const t = useTranslations("forms");
  return (
    <div className={p.className ?? "mt-4"}>
      <label htmlFor={fieldId(p)} className={p.labelHidden ? "sr-only" : "block text-sm font-semibold text-slate-900"}>
        {p.label}
        {p.required && <span className="font-normal text-slate-600"> {t("required")}</span>}
      </label>
      <Hint p={p} />
      {children}
      {hasCounter(p) && <CharCounter controlId={fieldId(p)} max={p.maxLength!} />}
      <Messages p={p} />
    </div>
  );
}

function a11y(p: FieldProps) {
  const id = fieldId(p);
  const hasError = (p.errors?.[p.name]?.length ?? 0) > 0;
  const describedBy = [
    p.hint ? `${id}-hint` : null,
    hasError ? `${id}-error` : null,
    hasCounter(p) ? `${id}-count` : null,
  ]
    .filter(Boolean)
    .join(" ");
  return {
    id,
    name: p.name,
    "aria-invalid": hasError || undefined,
    "aria-describedby": describedBy || undefined,
    required: p.required,
  };
}

export function TextField(
  p: FieldProps & {
    defaultValue?: string | null;
    type?: "text" | "email" | "url" | "date" | "password";
    autoComplete?: string;
  },
) {
  return (
    <Frame p={p}>
      <input
        {...a11y(p)}
        type={p.type ?? "text"}
        defaultValue={p.defaultValue ?? ""}
        maxLength={p.maxLength}
        autoComplete={p.autoComplete}
        className={controlClass}
      />
    </Frame>
  );
}

export function TextArea(props: FieldProps & { defaultValue?: string | null; rows?: number }) {
  const p = { counter: true, ...props };
  return (
    <Frame p={p}>
      <textarea
        {...a11y(p)}
        defaultValue={p.defaultValue ?? ""}
        rows={p.rows ?? 4}
        maxLength={p.maxLength}
        className={controlClass}
      />
    </Frame>
  );
}

type SelectOption = { value: string; label: string; group?: string };

/** Consecutive options of the same group together (ungrouped options have no group). */
function grouped(options: SelectOption[]): { group?: string; options: SelectOption[] }[] {
  const out: { group?: string; options: SelectOption[] }[] = [];
  for (const o of options) {
    const last = out.at(-1);
    if (last && last.group === o.group) last.options.push(o);
    else out.push({ group: o.group, options: [o] });
  }
  return out;
}

export function SelectField(
  p: FieldProps & { defaultValue?: string | null; options: SelectOption[]; emptyLabel?: string },
) {
  const option = (o: SelectOption) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <Frame p={p}>
      <select {...a11y(p)} defaultValue={p.defaultValue ?? ""} className={controlClass}>
        {p.emptyLabel !== undefined && <option value="">{p.emptyLabel}</option>}
        {grouped(p.options).map((g, i) =>
          g.group === undefined ? (
            g.options.map(option)
          ) : (
            <optgroup key={`${g.group}-${i}`} label={g.group}>
              {g.options.map(option)}
            </optgroup>
          ),
        )}
      </select>
    </Frame>
  );
}

export function CheckboxField(p: FieldProps & { defaultChecked?: boolean }) {
  return (
    <div className={p.className ?? "mt-4"}>
      <label className="inline-flex items-center gap-2 text-sm font-semibold text-slate-900">
        <input {...a11y(p)} type="checkbox" defaultChecked={p.defaultChecked} className="size-4 accent-sky-800" />
        {p.label}
      </label>
      <Hint p={p} />
      <Messages p={p} />
    </div>
  );
}
