// Status badges for the two lenses. Glyph + label, so status never relies on colour alone.
import { ASSESSMENT, STATE_RESPONSE, type AssessmentStatus, type StateResponseStatus, type StatusStyle } from "@/lib/vocab";

function Badge({ style, count }: { style: StatusStyle; count?: number }) {
  return (
    <span
      className={`badge inline-flex items-center gap-1.5 whitespace-nowrap rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${style.className}`}
    >
      <span aria-hidden="true" className="inline-block size-2.5 rounded-xs border border-slate-600 print:[print-color-adjust:exact]" style={{ backgroundColor: style.colour }} />
      <span aria-hidden="true">{style.glyph}</span>
      <span>{style.label}</span>
      {count !== undefined && (
        <span className="font-semibold tabular-nums">
          <span className="sr-only">: </span>
          {count}
        </span>
      )}
    </span>
  );
}

/** The state's own response (self-assessment), in the CEC vocabulary. */
export function StateResponseBadge({ status, count }: { status: StateResponseStatus; count?: number }) {
  return <Badge style={STATE_RESPONSE[status]} count={count} />;
}

/** The independent assessment, on ODIHR's follow-up scale. */
export function AssessmentBadge({ status, count }: { status: AssessmentStatus; count?: number }) {
  return <Badge style={ASSESSMENT[status]} count={count} />;
}
