"use client";
// The outcome of a save, announced to screen readers: success, the list of
// errors, or, for a stale form, who changed what meanwhile and, where both
// sides changed the same thing, both versions side by side to choose from.
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { ActionState, ConflictField } from "@/lib/actions/result";

/**
 * After a save, focus goes where the answer is: on success to the status message; on a refusal to the first
 * field marked invalid (its message is linked with aria-describedby), else to the form's message. Without it a
 * keyboard or screen-reader user stays on the button and has to hunt for what went wrong.
 */
function useFocusOnAnswer(state: ActionState) {
  const ref = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const message = ref.current;
    if (!message || state.status === "idle") return;
    const form = message.closest("form") ?? message.parentElement?.querySelector("form");
    const field = state.status === "error" ? form?.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
    (field ?? message).focus();
  }, [state]);
  return ref;
}

function BothVersions({
  conflicts,
  onUseTheirs,
}: {
  conflicts: ConflictField[];
  onUseTheirs?: (values: Record<string, string>) => void;
}) {
  const t = useTranslations("forms");
  return (
    <table className="mt-2 w-full table-fixed border-collapse text-sm text-slate-900">
      <caption className="text-left font-semibold text-rose-900">{t("bothChanged")}</caption>
      <thead>
        <tr>
          <th scope="col" className="w-32 border-b border-rose-300 px-2 py-1 text-left">
            {t("field")}
          </th>
          <th scope="col" className="border-b border-rose-300 px-2 py-1 text-left">
            {t("yourVersion")}
          </th>
          <th scope="col" className="border-b border-rose-300 px-2 py-1 text-left">
            {t("theirVersion")}
          </th>
        </tr>
      </thead>
      <tbody>
        {conflicts.map((c) => (
          <tr key={c.field} className="align-top">
            <th scope="row" className="border-b border-rose-200 px-2 py-1 text-left font-medium">
              {c.label}
            </th>
            <td className="border-b border-rose-200 px-2 py-1 break-words whitespace-pre-wrap">{c.mine}</td>
            <td className="border-b border-rose-200 px-2 py-1 break-words whitespace-pre-wrap">
              {c.theirs}
              {onUseTheirs && Object.keys(c.theirsForm).length > 0 && (
                <button
                  type="button"
                  onClick={() => onUseTheirs(c.theirsForm)}
                  className="mt-1 block rounded border border-sky-800 bg-white px-2 py-0.5 text-xs font-semibold text-sky-800 hover:bg-sky-50"
                >
                  {t.rich("useTheirs", {
                    label: c.label,
                    sr: (chunks) => <span className="sr-only">{chunks}</span>,
                  })}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function FormStatus({
  state,
  onUseTheirs,
}: {
  state: ActionState;
  onUseTheirs?: (values: Record<string, string>) => void;
}) {
  const ref = useFocusOnAnswer(state);
  const t = useTranslations("forms");
  if (state.status === "idle") return null;
  if (state.status === "ok") {
    return (
      <p
        ref={(el) => {
          ref.current = el;
        }}
        role="status"
        tabIndex={-1}
        className="mt-4 rounded border border-emerald-700 bg-emerald-50 px-3 py-2 text-emerald-900"
      >
        {state.message}
      </p>
    );
  }
  const conflict = state.conflict;
  return (
    <div
      ref={(el) => {
        ref.current = el;
      }}
      role="alert"
      tabIndex={-1}
      className="mt-4 rounded border border-rose-700 bg-rose-50 px-3 py-2 text-rose-900"
    >
      <p className="font-semibold">{state.message}</p>
      {conflict && conflict.changes.length > 0 && (
        <div className="mt-2">
          <p>{t("savedMeanwhile")}</p>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {conflict.changes.map((c) => (
              <div key={`${c.field}-${c.by}`} className="contents">
                <dt className="font-semibold">{c.label}</dt>
                <dd className="break-words whitespace-pre-wrap">
                  {c.value} <span className="text-rose-800">{t("by", { name: c.by })}</span>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {conflict && conflict.conflicts.length > 0 && (
        <BothVersions conflicts={conflict.conflicts} onUseTheirs={onUseTheirs} />
      )}
      {state.fieldErrors.form && <p className="mt-1">{state.fieldErrors.form.join(" ")}</p>}
    </div>
  );
}
