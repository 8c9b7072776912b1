// A real-world date in words ("July 2011", "between 13 July 2011 and 30
// September 2011"), machine-readable where HTML allows (a day, month or year),
// with its note if asked.
import { datedToForm, formatDated, type DatedLike } from "@/lib/dated";

type Shown = DatedLike;

export function DatedText({ dated, withNote = false }: { dated: Shown; withNote?: boolean }) {
  const words = formatDated(dated);
  const machine = datedToForm(dated).date; // "2011-07-13", "2011-07", "2011"; empty for bounds
  return (
    <>
      {machine ? <time dateTime={machine}>{words}</time> : <span>{words}</span>}
      {withNote && dated.dateNote && <span className="mt-0.5 block text-sm text-slate-700">{dated.dateNote}</span>}
    </>
  );
}
