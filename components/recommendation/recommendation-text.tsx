// The recommendation as quoted: the lead-ins it depends on, then its text.
import { useTranslations } from "next-intl";
import { VerificationNote } from "@/components/verification-note";

interface Props {
  sectionLeadIns: string[];
  leadIn: string | null;
  number: number | null;
  text: string;
  /** The language of the text shown (an original or a translation), for screen readers and hyphenation. */
  lang?: string;
  verification?: "VERIFIED" | "NEEDS_VERIFICATION";
}

function LeadIn({ text, label }: { text: string; label: string }) {
  return (
    <p className="font-serif text-slate-700">
      <span className="sr-only">{label}: </span>
      {text}
    </p>
  );
}

export function RecommendationText({ sectionLeadIns, leadIn, number, text, lang, verification }: Props) {
  const t = useTranslations("recommendation");
  return (
    <div className="mt-6 space-y-3">
      {sectionLeadIns.map((lead, i) => (
        <LeadIn key={i} text={lead} label={t("leadInSection")} />
      ))}
      {leadIn && (
        <LeadIn text={leadIn} label={number === null ? t("leadInSharedParts") : t("leadInShared", { number })} />
      )}
      <blockquote
        lang={lang}
        className="border-l-4 border-slate-400 pl-4 font-serif text-lg leading-relaxed whitespace-pre-wrap italic text-slate-900"
      >
        {text}
      </blockquote>
      {verification && <VerificationNote status={verification} />}
    </div>
  );
}
