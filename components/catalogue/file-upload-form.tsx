"use client";
// Attaching a file to a document. Posted with fetch to the upload route (server actions cap bodies at 1 MB);
// the route judges the file by its content and answers with the field's message.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { controlClass } from "@/components/forms/field";

type Answer =
  { status: "idle" | "sending" } | { status: "ok"; message: string } | { status: "error"; errors: string[] };

export function FileUploadForm({ slug, maxLabel, replacing }: { slug: string; maxLabel: string; replacing: boolean }) {
  const router = useRouter();
  const t = useTranslations("catalogue.upload");
  const [answer, setAnswer] = useState<Answer>({ status: "idle" });
  const action = `/documents/${encodeURIComponent(slug)}/file`;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setAnswer({ status: "sending" });
    try {
      const res = await fetch(action, { method: "POST", body: new FormData(e.currentTarget) });
      const body = (await res.json().catch(() => ({}))) as {
        message?: string;
        error?: string;
        fieldErrors?: Record<string, string[]>;
        sha256?: string;
      };
      if (res.ok) {
        setAnswer({
          status: "ok",
          message: t("attached", { message: body.message ?? t("done"), sha: body.sha256 ?? "" }),
        });
        router.refresh();
      } else {
        const errors = [...Object.values(body.fieldErrors ?? {}).flat(), ...(body.error ? [body.error] : [])];
        setAnswer({ status: "error", errors: errors.length ? errors : [t("failed")] });
      }
    } catch {
      setAnswer({ status: "error", errors: [t("unreachable")] });
    }
  }

  const invalid = answer.status === "error";
  return (
    <form
      action={action}
      method="post"
      encType="multipart/form-data"
      onSubmit={submit}
      noValidate
      aria-label={t("form")}
    >
      <label htmlFor="upload-file" className="block text-sm font-semibold text-slate-900">
        {replacing ? t("replace") : t("file")} <span className="font-normal text-slate-600">{t("required")}</span>
      </label>
      <p id="upload-file-hint" className="mt-0.5 text-sm text-slate-600">
        {t("hint", { max: maxLabel })}
      </p>
      <input
        id="upload-file"
        name="file"
        type="file"
        required
        accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
        aria-invalid={invalid || undefined}
        aria-describedby={`upload-file-hint${invalid ? " upload-file-error" : ""}`}
        className={controlClass}
      />
      <label htmlFor="upload-reason" className="mt-4 block text-sm font-semibold text-slate-900">
        {t("reason")} <span className="font-normal text-slate-600">{t("optional")}</span>
      </label>
      <input id="upload-reason" name="reason" type="text" maxLength={2000} className={controlClass} />
      <button
        type="submit"
        disabled={answer.status === "sending"}
        className="mt-4 rounded bg-sky-800 px-4 py-2 font-semibold text-white hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:opacity-60"
      >
        {answer.status === "sending" ? t("sending") : t("submit")}
      </button>
      <div aria-live="polite">
        {answer.status === "ok" && (
          <p
            role="status"
            className="mt-4 rounded border border-emerald-700 bg-emerald-50 px-3 py-2 break-all text-emerald-900"
          >
            {answer.message}
          </p>
        )}
        {answer.status === "error" && (
          <ul
            id="upload-file-error"
            role="alert"
            className="mt-4 rounded border border-rose-700 bg-rose-50 px-3 py-2 font-medium text-rose-900"
          >
            {answer.errors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </div>
    </form>
  );
}
