"use client";
// The outcome of a save, announced to screen readers: success, the list of
// errors, or, for a stale form, what someone else changed meanwhile.
import type { ActionState } from "@/lib/actions/result";

export function FormStatus({ state }: { state: ActionState }) {
  if (state.status === "idle") return null;
  if (state.status === "ok") {
    return (
      <p role="status" className="mt-4 rounded border border-emerald-700 bg-emerald-50 px-3 py-2 text-emerald-900">
        {state.message}
      </p>
    );
  }
  return (
    <div role="alert" className="mt-4 rounded border border-rose-700 bg-rose-50 px-3 py-2 text-rose-900">
      <p className="font-semibold">{state.message}</p>
      {state.conflict && state.conflict.changes.length > 0 && (
        <div className="mt-2">
          <p>Saved meanwhile by someone else:</p>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {state.conflict.changes.map((c) => (
              <div key={c.field} className="contents">
                <dt className="font-semibold">{c.label}</dt>
                <dd className="whitespace-pre-wrap">{c.theirs}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {state.fieldErrors.form && <p className="mt-1">{state.fieldErrors.form.join(" ")}</p>}
    </div>
  );
}
