"use client";
// "Attach a file" to one entry. Posted with fetch to /api/evidence (server actions cap bodies at 1 MB); the
// route judges the file by its content and answers with a message per field, in words.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { controlClass } from "@/components/forms/field";

type Answer =
  | { status: "idle" | "sending" }
  | { status: "ok"; message: string; sha256: string }
  | { status: "error"; fields: Record<string, string[]>; general: string[] };

const FIELDS = ["file", "reason"] as const;

export function EvidenceUploadForm(p: {
  entryKind: "followUp" | "stateResponse";
  entryId: string;
  maxLabel: string;
  accepted: string;
}) {
  const router = useRouter();
  const t = useTranslations("evidence");
  const tf = useTranslations("forms");
  const [answer, setAnswer] = useState<Answer>({ status: "idle" });
  const id = (f: string) => `evidence-${p.entryId}-${f}`;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setAnswer({ status: "sending" });
    try {
      const res = await fetch("/api/evidence", { method: "POST", body: new FormData(form) });
      const body = (await res.json().catch(() => ({}))) as {
        message?: string;
        error?: string;
        fieldErrors?: Record<string, string[]>;
        sha256?: string;
      };
      if (res.ok && body.sha256) {
        setAnswer({ status: "ok", message: body.message ?? t("attached"), sha256: body.sha256 });
        form.reset();
        router.refresh();
        return;
      }
      const fields: Record<string, string[]> = {};
      const general = body.error ? [body.error] : [];
      for (const [k, v] of Object.entries(body.fieldErrors ?? {}))
        if ((FIELDS as readonly string[]).includes(k)) fields[k] = v;
        else general.push(...v);
      if (!general.length && !Object.keys(fields).length) general.push(t("notAttached"));
      setAnswer({ status: "error", fields, general });
    } catch {
      setAnswer({ status: "error", fields: {}, general: [t("unreachable")] });
    }
  }

  const errors = answer.status === "error" ? answer.fields : {};
  const described = (f: string, hint?: string) =>
    [hint, errors[f]?.length ? `${id(f)}-error` : null].filter(Boolean).join(" ") || undefined;
  const messages = (f: string) =>
    errors[f]?.length ? (
      <ul id={`${id(f)}-error`} className="mt-1 text-sm font-medium text-rose-800">
        {errors[f]!.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    ) : null;

  return (
    <form
      action="/api/evidence"
      method="post"
      encType="multipart/form-data"
      onSubmit={submit}
      noValidate
      aria-label={t("attachTo", { kind: p.entryKind })}
    >
      <input type="hidden" name="entryKind" value={p.entryKind} />
      <input type="hidden" name="entryId" value={p.entryId} />
      <label htmlFor={id("file")} className="mt-3 block text-sm font-semibold text-slate-900">
        {t("file")} <span className="font-normal text-slate-600">{tf("required")}</span>
      </label>
      <p id={`${id("file")}-hint`} className="mt-0.5 text-sm text-slate-600">
        {t("fileHint", { accepted: p.accepted, max: p.maxLabel })}
      </p>
      <input
        id={id("file")}
        name="file"
        type="file"
        required
        accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg,.webp"
        aria-invalid={errors.file?.length ? true : undefined}
        aria-describedby={described("file", `${id("file")}-hint`)}
        className={controlClass}
      />
      {messages("file")}
      <label htmlFor={id("reason")} className="mt-3 block text-sm font-semibold text-slate-900">
        {t("note")} <span className="font-normal text-slate-600">{tf("optional")}</span>
      </label>
      <input
        id={id("reason")}
        name="reason"
        type="text"
        maxLength={2000}
        aria-invalid={errors.reason?.length ? true : undefined}
        aria-describedby={described("reason")}
        className={controlClass}
      />
      {messages("reason")}
      <button
        type="submit"
        disabled={answer.status === "sending"}
        className="mt-3 rounded bg-sky-800 px-4 py-2 font-semibold text-white hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:opacity-60"
      >
        {answer.status === "sending" ? t("uploading") : t("attachSubmit")}
      </button>
      <div aria-live="polite">
        {answer.status === "ok" && (
          <p role="status" className="mt-3 rounded border border-emerald-700 bg-emerald-50 px-3 py-2 text-emerald-900">
            {answer.message} {t("sha256")}: <code className="break-all">{answer.sha256}</code>
          </p>
        )}
        {answer.status === "error" && answer.general.length > 0 && (
          <ul
            role="alert"
            className="mt-3 rounded border border-rose-700 bg-rose-50 px-3 py-2 font-medium text-rose-900"
          >
            {answer.general.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
        {answer.status === "error" && answer.general.length === 0 && (
          <p role="alert" className="sr-only">
            {t("notAttachedBecause", { errors: Object.values(answer.fields).flat().join(" ") })}
          </p>
        )}
      </div>
    </form>
  );
}
