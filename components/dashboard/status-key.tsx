// A status as the charts show it: colour swatch, glyph and label. The swatch
// is decoration (the label carries the meaning); it prints in colour.
import { useTranslations } from "next-intl";
import { statusLabel } from "@/lib/i18n/status";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";
import { SEGMENT_STROKE } from "./colours";
import type { LensStatus } from "./lens";

export function Swatch({ colour }: { colour: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block size-3 shrink-0 rounded-xs border"
      style={{
        backgroundColor: colour,
        borderColor: SEGMENT_STROKE,
        printColorAdjust: "exact",
        WebkitPrintColorAdjust: "exact",
      }}
    />
  );
}

export function StatusKey({ status }: { status: LensStatus }) {
  const t = useTranslations("status");
  return (
    <span className="inline-flex items-baseline gap-1.5">
      <Swatch colour={status.colour} />
      <span aria-hidden="true">{status.glyph}</span>
      <span>{statusLabel(t, status.code as StateResponseStatus | AssessmentStatus)}</span>
    </span>
  );
}
