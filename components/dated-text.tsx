// A real-world date in words, in the reader's language ("July 2011", "between 13 July 2011 and 30
// September 2011"), machine-readable where HTML allows (a day, month or year),
// with its note if asked.
import { useLocale } from "next-intl";
import { datedToForm, formatDated, type DatedLike } from "@/lib/dated";
import { asLocale } from "@/lib/i18n/locales";

type Shown = DatedLike;

export function DatedText({ dated, withNote = false }: { dated: Shown; withNote?: boolean }) {
  const locale = useLocale();
  const words = formatDated(dated, asLocale(locale));
  const machine = datedToForm(dated).date; // "2011-07-13", "2011-07", "2011"; empty for bounds
  return (
    <>
      {machine ? <time dateTime={machine}>{words}</time> : <span>{words}</span>}
      {withNote && dated.dateNote && <span className="mt-0.5 block text-sm text-slate-700">{dated.dateNote}</span>}
    </>
  );
}
