// The mark of a withdrawn entry: kept readable, never deleted.
import { useTranslations } from "next-intl";
import { DateText } from "@/components/date-text";

export function Withdrawn({ at, reason }: { at: Date; reason?: string | null }) {
  const t = useTranslations("entries");
  return (
    <p className="mb-2 text-sm font-semibold text-slate-800">
      <span aria-hidden="true">⊘ </span>
      {t.rich("withdrawnOn", { date: () => <DateText date={at} /> })}
      {reason && (
        <>
          {" — "}
          <span className="font-normal whitespace-pre-wrap">{reason}</span>
        </>
      )}
    </p>
  );
}
