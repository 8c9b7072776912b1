"use client";
// The report-text import in two steps: paste the recommendations section or upload the final report, which
// the server parses (nothing written); then review and fix every item, and import them in one transaction.
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { controlClass } from "@/components/forms/field";
import type { ParsedItem } from "@/lib/report-import/parsed";
import type { PreviewSource } from "@/lib/report-import/preview";
import type { ActionState } from "@/lib/actions/result";
import { CommitForm } from "./commit-form";
import type { Row } from "./preview-item";
import { withKey } from "./rows";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

interface Props {
  cycleId: string;
  documents: { id: string; title: string }[];
  labels: string[];
  today: string;
  maxMb: number;
  commit: Action;
}

type PreviewJson =
  | { ok: true; items: ParsedItem[]; warnings: string[]; source: PreviewSource | null }
  | { ok: false; message: string; fieldErrors: Record<string, string[]> };

export function ReportImport({ cycleId, documents, labels, today, maxMb, commit }: Props) {
  const t = useTranslations("reportImport");
  const [preview, setPreview] = useState<{ rows: Row[]; warnings: string[]; source: PreviewSource | null } | null>(
    null,
  );
  const [documentId, setDocumentId] = useState("");
  const [error, setError] = useState<{ message: string; fieldErrors: Record<string, string[]> } | null>(null);
  const [pending, setPending] = useState(false);

  async function start(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    try {
      const res = await fetch("/api/report-import/preview", { method: "POST", body: new FormData(e.currentTarget) });
      const json = (await res.json().catch(() => null)) as PreviewJson | null;
      if (!json) setError({ message: t("unreadable"), fieldErrors: {} });
      else if (!json.ok) setError({ message: json.message, fieldErrors: json.fieldErrors });
      else setPreview({ rows: json.items.map(withKey), warnings: json.warnings, source: json.source });
    } catch {
      setError({ message: t("unreachable"), fieldErrors: {} });
    } finally {
      setPending(false);
    }
  }

  if (preview)
    return (
      <CommitForm
        key={preview.rows.map((r) => r.key).join()}
        cycleId={cycleId}
        documentId={documentId}
        document={documents.find((d) => d.id === documentId)?.title ?? null}
        initial={preview.rows}
        warnings={preview.warnings}
        source={preview.source}
        labels={labels}
        today={today}
        commit={commit}
        onRestart={() => setPreview(null)}
      />
    );

  const errs = error?.fieldErrors ?? {};
  return (
    <form onSubmit={start} method="post" encType="multipart/form-data" className="max-w-3xl">
      <input type="hidden" name="cycleId" value={cycleId} />
      <label htmlFor="import-text" className="block text-sm font-semibold text-slate-900">
        {t("text")}
      </label>
      <p id="import-text-hint" className="mt-0.5 text-sm text-slate-600">
        {t("textHint")}
      </p>
      <textarea id="import-text" name="text" rows={12} className={controlClass} aria-describedby="import-text-hint" />
      <Errors id="import-text-error" list={errs.text} />
      <label htmlFor="import-file" className="mt-4 block text-sm font-semibold text-slate-900">
        {t("file")}
      </label>
      <p id="import-file-hint" className="mt-0.5 text-sm text-slate-600">
        {t("fileHint", { maxMb })}
      </p>
      <input
        id="import-file"
        name="file"
        type="file"
        accept=".pdf,.docx,.txt,application/pdf,text/plain"
        aria-describedby="import-file-hint"
        className="mt-1 block w-full text-sm file:mr-3 file:rounded file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5"
      />
      <Errors id="import-file-error" list={errs.file} />
      <label htmlFor="import-document" className="mt-4 block text-sm font-semibold text-slate-900">
        {t("document")}
      </label>
      <p id="import-document-hint" className="mt-0.5 text-sm text-slate-600">
        {t("documentHint")}
      </p>
      <select
        id="import-document"
        name="documentId"
        value={documentId}
        onChange={(e) => setDocumentId(e.target.value)}
        aria-describedby="import-document-hint"
        className={controlClass}
      >
        <option value="">{t("noDocument")}</option>
        {documents.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </select>
      <Errors id="import-document-error" list={errs.documentId} />
      <button
        type="submit"
        disabled={pending}
        className="mt-4 rounded bg-sky-800 px-4 py-2 font-semibold text-white hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:opacity-60"
      >
        {pending ? t("reading") : t("read")}
      </button>
      {error && (
        <p role="alert" className="mt-4 rounded border border-rose-700 bg-rose-50 px-3 py-2 text-rose-900">
          {t("refused", { message: error.message })}
        </p>
      )}
    </form>
  );
}

function Errors({ id, list }: { id: string; list?: string[] }) {
  if (!list?.length) return null;
  return (
    <ul id={id} className="mt-1 text-sm font-medium text-rose-800">
      {list.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}
