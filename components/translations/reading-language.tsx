// Which language the reader is reading the text in, and the other languages it can be read in (links with
// ?text=…, so a shared link opens the same text). A translation is always named as one, and a working one is
// always "not official". Props in, markup out.
import Link from "next/link";

export interface ReadingOption {
  /** Lower-case code used in the address, e.g. "ru". */
  code: string;
  /** "Original (English)", "Russian, working translation", … */
  label: string;
  href: string;
  current: boolean;
}

interface Props {
  /** "Original, English" / "Working translation into Russian by X, not official" / "Official translation …". */
  note: string;
  kind: "ORIGINAL" | "OFFICIAL" | "WORKING";
  source: { documentTitle: string | null; documentHref: string | null; citation: string | null } | null;
  /** Said when the reader asked for a language the text has no translation into. */
  missing: string | null;
  options: ReadingOption[];
}

export function ReadingLanguage({ note, kind, source, missing, options }: Props) {
  const tone =
    kind === "WORKING"
      ? "border-amber-700 bg-amber-50 text-amber-950"
      : kind === "OFFICIAL"
        ? "border-sky-800 bg-sky-50 text-sky-950"
        : "border-slate-300 bg-white text-slate-800";
  return (
    <section aria-label="Language of the text" className={`mt-3 rounded-md border px-3 py-2 text-sm ${tone}`}>
      <p data-testid="reading-note">
        <span className="font-semibold">{note}</span>
        {kind !== "ORIGINAL" && <span>. The original is authoritative.</span>}
      </p>
      {source && (
        <p className="mt-1">
          Source of the translation:{" "}
          {source.documentTitle &&
            (source.documentHref ? (
              <Link href={source.documentHref}>{source.documentTitle}</Link>
            ) : (
              source.documentTitle
            ))}
          {source.documentTitle && source.citation && ", "}
          {source.citation}
        </p>
      )}
      {missing && (
        <p role="status" className="mt-1">
          {missing}
        </p>
      )}
      {options.length > 1 && (
        <nav aria-label="Read the text in" className="no-print mt-1">
          <span>Read in: </span>
          <ul className="inline">
            {options.map((o, i) => (
              <li key={o.code} className="inline">
                {i > 0 && <span aria-hidden="true"> · </span>}
                {o.current ? (
                  <span aria-current="page" className="font-semibold">
                    {o.label}
                  </span>
                ) : (
                  <Link href={o.href} hrefLang={o.code}>
                    {o.label}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}
