// The mark of a withdrawn entry: kept readable, never deleted.
import { DateText } from "@/components/date-text";

export function Withdrawn({ at, reason }: { at: Date; reason?: string | null }) {
  return (
    <p className="mb-2 text-sm font-semibold text-slate-800">
      <span aria-hidden="true">⊘ </span>
      Withdrawn on <DateText date={at} />
      {reason && (
        <>
          {" — "}
          <span className="font-normal whitespace-pre-wrap">{reason}</span>
        </>
      )}
    </p>
  );
}
