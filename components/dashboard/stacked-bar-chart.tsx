"use client";
// Stacked bars of one lens's distribution per group (cycle, section). Hidden
// from assistive technology: the table next to it carries the same numbers.
// No animation, so it prints as drawn; the SVG shrinks to the paper width.
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { statusLabel } from "@/lib/i18n/status";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";
import { SEGMENT_STROKE } from "./colours";
import { LENSES, type LensKey } from "./lens";
import { StatusKey } from "./status-key";

export interface ChartRow {
  label: string;
  counts: Record<string, number>;
}

export function StackedBarChart({
  lens,
  rows,
  labelWidth = 170,
}: {
  lens: LensKey;
  rows: ChartRow[];
  labelWidth?: number;
}) {
  const t = useTranslations("status");
  const L = LENSES[lens];
  const data = rows.map((r) => ({ label: r.label, ...r.counts }));
  const height = 50 + rows.length * 40;
  return (
    <div aria-hidden="true" className="mt-3 print:[&_svg]:h-auto print:[&_svg]:max-w-full">
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: "100%", maxWidth: 720, height }}
        accessibilityLayer={false}
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        barCategoryGap="25%"
      >
        <CartesianGrid horizontal={false} stroke="#cbd5e1" />
        <XAxis type="number" allowDecimals={false} tick={{ fill: "#334155", fontSize: 12 }} stroke="#64748b" />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          tick={{ fill: "#0f172a", fontSize: 12 }}
          stroke="#64748b"
        />
        <Tooltip isAnimationActive={false} cursor={{ fill: "#e2e8f0", opacity: 0.5 }} />
        {L.statuses.map((s) => (
          <Bar
            key={s.code}
            dataKey={s.code}
            name={`${s.glyph} ${statusLabel(t, s.code as StateResponseStatus | AssessmentStatus)}`}
            stackId="lens"
            fill={s.colour}
            stroke={SEGMENT_STROKE}
            strokeWidth={0.5}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-800">
        {L.statuses.map((s) => (
          <li key={s.code}>
            <StatusKey status={s} />
          </li>
        ))}
      </ul>
    </div>
  );
}
