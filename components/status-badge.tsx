// Status badges for the two lenses. Glyph + label, so status never relies on colour alone.
import {
  ASSESSMENT,
  STATE_RESPONSE,
  type AssessmentStatus,
  type StateResponseStatus,
  type StatusStyle,
} from "@/lib/vocab";

// Compact markup (pages list hundreds of badges): the look lives in globals.css
// (.badge, .badge-mark); the swatch colour comes in a CSS variable.
function Badge({ style, count }: { style: StatusStyle; count?: number }) {
  return (
    <span className={style.glyph === "–" ? "badge badge-none" : "badge"}>
      <span aria-hidden="true" className="badge-mark" style={{ "--swatch": style.colour } as React.CSSProperties}>
        {style.glyph}
      </span>
      {style.label}
      {count !== undefined && <b className="badge-count">{`: ${count}`}</b>}
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
