// A short list of documents (title link, type, issuer, date).
import Link from "next/link";
import { DOCUMENT_TYPE, type DocumentType } from "@/lib/vocab";
import { DateText } from "./date-text";

export interface DocumentLinkData {
  slug: string;
  title: string;
  type: DocumentType;
  issuer: string;
  issuedOn: Date | null;
}

export function DocumentLinks({
  documents,
  empty = "No documents recorded for this cycle yet.",
}: {
  documents: DocumentLinkData[];
  empty?: string;
}) {
  if (documents.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="space-y-3">
      {documents.map((d) => (
        <li key={d.slug}>
          <Link href={`/documents/${d.slug}`}>{d.title}</Link>
          <p className="text-sm text-slate-700">
            {DOCUMENT_TYPE[d.type]} · {d.issuer} · <DateText date={d.issuedOn} />
          </p>
        </li>
      ))}
    </ul>
  );
}
