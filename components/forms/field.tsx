// Labelled form controls that show every error of their field, keep what the
// user typed after a refused save (values from the action state), and link
// errors to the control with aria-describedby.
import type { ReactNode } from "react";

export interface FieldProps {
  name: string;
  label: string;
  errors?: Record<string, string[]>;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
}

const control =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-xs focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-700 aria-invalid:border-rose-700";

function Frame({ name, label, errors, hint, required, className, children }: FieldProps & { children: ReactNode }) {
  const errs = errors?.[name] ?? [];
  return (
    <div className={className ?? "mt-4"}>
      <label htmlFor={`f-${name}`} className="block text-sm font-semibold text-slate-900">
        {label}
        {required && <span className="font-normal text-slate-600"> (required)</span>}
      </label>
      {hint && (
        <p id={`f-${name}-hint`} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children}
      {errs.length > 0 && (
        <ul id={`f-${name}-error`} className="mt-1 text-sm font-medium text-rose-800">
          {errs.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function a11y(p: FieldProps) {
  const hasError = (p.errors?.[p.name]?.length ?? 0) > 0;
  const describedBy = [p.hint ? `f-${p.name}-hint` : null, hasError ? `f-${p.name}-error` : null].filter(Boolean).join(" ");
  return { id: `f-${p.name}`, name: p.name, "aria-invalid": hasError || undefined, "aria-describedby": describedBy || undefined, required: p.required };
}

export function TextField(p: FieldProps & { defaultValue?: string | null; type?: "text" | "email" | "url" | "date" | "password"; maxLength?: number; autoComplete?: string }) {
  return (
    <Frame {...p}>
      <input {...a11y(p)} type={p.type ?? "text"} defaultValue={p.defaultValue ?? ""} maxLength={p.maxLength} autoComplete={p.autoComplete} className={control} />
    </Frame>
  );
}

export function TextArea(p: FieldProps & { defaultValue?: string | null; rows?: number; maxLength?: number }) {
  return (
    <Frame {...p}>
      <textarea {...a11y(p)} defaultValue={p.defaultValue ?? ""} rows={p.rows ?? 4} maxLength={p.maxLength} className={control} />
    </Frame>
  );
}

export function SelectField(p: FieldProps & { defaultValue?: string | null; options: { value: string; label: string }[]; emptyLabel?: string }) {
  return (
    <Frame {...p}>
      <select {...a11y(p)} defaultValue={p.defaultValue ?? ""} className={control}>
        {p.emptyLabel !== undefined && <option value="">{p.emptyLabel}</option>}
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
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
    </div>
  );
}
