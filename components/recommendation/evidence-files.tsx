// The files attached to one follow-up entry or state response: name (a download link), type in words, size,
// SHA-256 (short, the full value one click away), who attached it and when. Editors attach and remove.
// Props in, markup out.
import type { EvidenceItem } from "@/lib/evidence/queries";
import { removeEvidenceAction } from "@/lib/evidence/actions";
import { EVIDENCE_ACCEPTED } from "@/lib/files/evidence-types";
import { MAX_EVIDENCE_LABEL } from "@/lib/evidence/schema";
import { Disclosure } from "./disclosure";
import { EvidenceRemoveForm } from "./evidence-remove-form";
import { EvidenceUploadForm } from "./evidence-upload-form";
import { formatDateTime } from "./dates";

const size = (n: number) =>
  n < 1024 ? `${n} bytes` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;

export interface EvidenceEntryRef {
  kind: "followUp" | "stateResponse";
  id: string;
  /** "this follow-up entry", for labels. */
  what: string;
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
  if (files.length === 0 && !canAttach) return null;
  const headingId = `evidence-${entry.id}`;
  return (
    <div className="mt-3" aria-labelledby={headingId} role="group">
      <h4 id={headingId} className="text-sm font-semibold text-slate-800">
        Evidence files{files.length ? ` (${files.length})` : ""}
      </h4>
      {files.length === 0 ? (
        <p className="text-sm text-slate-700">No file is attached.</p>
      ) : (
        <ul className="mt-1 space-y-2 text-sm">
          {files.map((f) => (
            <li key={f.id} className="rounded border border-slate-200 px-2 py-1.5">
              <p className="flex flex-wrap items-baseline gap-x-2">
                <a href={`/api/evidence/${f.id}`} download className="font-medium break-all">
                  {f.name}
                </a>
                <span className="text-slate-700">
                  ({f.kindLabel}, {size(f.size)})
                </span>
              </p>
              <p className="text-slate-700">
                SHA-256{" "}
                <code className="font-mono text-xs" title={f.sha256}>
                  {f.sha256.slice(0, 12)}…
                </code>
                {f.attachedBy && <> · attached by {f.attachedBy}</>} · {formatDateTime(f.attachedAt)}
              </p>
              <details className="text-xs">
                <summary className="cursor-pointer text-sky-800">
                  Full SHA-256<span className="sr-only"> of {f.name}</span>
                </summary>
                <code className="font-mono break-all" aria-label={`SHA-256 of ${f.name}`}>
                  {f.sha256}
                </code>
              </details>
              {canEdit && <EvidenceRemoveForm id={f.id} name={f.name} action={removeEvidenceAction} />}
            </li>
          ))}
        </ul>
      )}
      {canAttach && (
        <Disclosure summary="Attach a file">
          <EvidenceUploadForm
            entryKind={entry.kind}
            entryId={entry.id}
            what={entry.what}
            maxLabel={MAX_EVIDENCE_LABEL}
            accepted={EVIDENCE_ACCEPTED}
          />
        </Disclosure>
      )}
    </div>
  );
}
