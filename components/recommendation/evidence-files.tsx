// The files attached to one follow-up entry or state response: name (a download link), type in words, size,
// SHA-256 (short, the full value one click away), who attached it and when. Editors attach and remove.
// Props in, markup out.
import { useTranslations } from "next-intl";
import type { EvidenceItem } from "@/lib/evidence/queries";
import { removeEvidenceAction } from "@/lib/evidence/actions";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/schema";
import { Disclosure } from "./disclosure";
import { EvidenceRemoveForm } from "./evidence-remove-form";
import { EvidenceUploadForm } from "./evidence-upload-form";
import { formatDateTime, useReaderLocale } from "./dates";

type Words = ReturnType<typeof useTranslations<"evidence">>;
const size = (t: Words, n: number) =>
  n < 1024
    ? t("bytes", { size: n })
    : n < 1024 * 1024
      ? t("kilobytes", { size: n / 1024 })
      : t("megabytes", { size: n / 1024 / 1024 });

export interface EvidenceEntryRef {
  kind: "followUp" | "stateResponse";
  id: string;
}

export function EvidenceFiles({
  files,
  entry,
  canEdit,
  canAttach,
}: {
  files: EvidenceItem[];
  entry: EvidenceEntryRef;
  canEdit: boolean;
  /** Editors, on an entry that is not withdrawn. */
  canAttach: boolean;
}) {
  const t = useTranslations("evidence");
  const locale = useReaderLocale();
  if (files.length === 0 && !canAttach) return null;
  const headingId = `evidence-${entry.id}`;
  return (
    <div className="mt-3" aria-labelledby={headingId} role="group">
      <h4 id={headingId} className="text-sm font-semibold text-slate-800">
        {t("files", { count: files.length })}
      </h4>
      {files.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noFile")}</p>
      ) : (
        <ul className="mt-1 space-y-2 text-sm">
          {files.map((f) => (
            <li key={f.id} className="rounded border border-slate-200 px-2 py-1.5">
              <p className="flex flex-wrap items-baseline gap-x-2">
                <a href={`/api/evidence/${f.id}`} download className="font-medium break-all">
                  {f.name}
                </a>
                <span className="text-slate-700">
                  ({f.kindLabel}, {size(t, f.size)})
                </span>
              </p>
              <p className="text-slate-700">
                {t("sha256")}{" "}
                <code className="font-mono text-xs" title={f.sha256}>
                  {f.sha256.slice(0, 12)}…
                </code>
                {f.attachedBy && <> · {t("attachedBy", { name: f.attachedBy })}</>} ·{" "}
                {formatDateTime(f.attachedAt, locale)}
              </p>
              <details className="text-xs">
                <summary className="cursor-pointer text-sky-800">
                  {t.rich("fullSha", { name: f.name, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
                </summary>
                <code className="font-mono break-all" aria-label={t("shaOf", { name: f.name })}>
                  {f.sha256}
                </code>
              </details>
              {canEdit && <EvidenceRemoveForm id={f.id} name={f.name} action={removeEvidenceAction} />}
            </li>
          ))}
        </ul>
      )}
      {canAttach && (
        <Disclosure summary={t("attach")}>
          <EvidenceUploadForm
            entryKind={entry.kind}
            entryId={entry.id}
            maxLabel={t("wholeMegabytes", { size: MAX_EVIDENCE_BYTES / 1024 / 1024 })}
            accepted={t("accepted")}
          />
        </Disclosure>
      )}
    </div>
  );
}
