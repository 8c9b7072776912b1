// Status badges for the two lenses. Glyph + label, so status never relies on colour alone. The words come from
// the catalogues (lib/i18n/status.ts); glyph and colour from lib/vocab.ts.
import { useTranslations } from "next-intl";
import { glyphLabel, statusLabel } from "@/lib/i18n/status";
import {
  ASSESSMENT,
  STATE_RESPONSE,
  type AssessmentStatus,
  type StateResponseStatus,
  type StatusStyle,
} from "@/lib/vocab";

// Compact markup (pages list hundreds of badges): the look lives in globals.css
// (.badge, .badge-mark); the swatch colour comes in a CSS variable.
function Badge({
  code,
  style,
  count,
}: {
  code: StateResponseStatus | AssessmentStatus;
  style: StatusStyle;
  count?: number;
}) {
  const t = useTranslations("status");
  return (
    <span className={style.glyph === "–" ? "badge badge-none" : "badge"}>
      <span
        aria-hidden="true"
        title={glyphLabel(t, style.glyph)}
        className="badge-mark"
        style={{ "--swatch": style.colour } as React.CSSProperties}
      >
        {style.glyph}
      </span>
      {statusLabel(t, code)}
      {count !== undefined && <b className="badge-count">{`: ${count}`}</b>}
    </span>
  );
}

/** The state's own response (self-assessment), in the CEC vocabulary. */
export function StateResponseBadge({ status, count }: { status: StateResponseStatus; count?: number }) {
  return <Badge code={status} style={STATE_RESPONSE[status]} count={count} />;
}

/** The independent assessment, on ODIHR's follow-up scale. */
export function AssessmentBadge({ status, count }: { status: AssessmentStatus; count?: number }) {
  return <Badge code={status} style={ASSESSMENT[status]} count={count} />;
}
