// Claims about a whole cycle (e.g. "20 of 30 implemented") are what someone
// said, not counts from the tracker's data: they get their own bordered box.
import Link from "next/link";
import { useTranslations } from "next-intl";

export interface Claim {
  key: string;
  claimant: string;
  statement: string;
  quote: string | null;
  location: string | null;
  document: { slug: string; title: string } | null;
}

export function ClaimBox({ claim, showQuote = false }: { claim: Claim; showQuote?: boolean }) {
  const t = useTranslations("claim");
  return (
    <div className="claim-box rounded-md border border-dashed border-slate-400 bg-slate-50 px-4 py-3 text-sm">
      <p>
        <span className="font-semibold">{t("claimBy", { claimant: claim.claimant })}</span> {claim.statement}
      </p>
      {showQuote && claim.quote && (
        <blockquote className="mt-2 border-l-2 border-slate-300 pl-3 font-serif italic text-slate-800">
          “{claim.quote}”
        </blockquote>
      )}
      {(claim.document || claim.location) && (
        <p className="mt-2 text-xs text-slate-700">
          {t("source")}{" "}
          {claim.document && <Link href={`/documents/${claim.document.slug}`}>{claim.document.title}</Link>}
          {claim.document && claim.location && ", "}
          {claim.location}
        </p>
      )}
    </div>
  );
}

export function ClaimList({ claims, showQuote }: { claims: Claim[]; showQuote?: boolean }) {
  const t = useTranslations("claim");
  if (claims.length === 0) return null;
  return (
    <div className="space-y-2">
      {claims.map((c) => (
        <ClaimBox key={c.key} claim={c} showQuote={showQuote} />
      ))}
      <p className="text-xs text-slate-600">{t("note")}</p>
    </div>
  );
}
