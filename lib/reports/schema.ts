// Report options, from the URL of the report page and of each download.
import { z } from "zod";
import { momentDay as day } from "@/lib/status/moment";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { ASSESSMENT_ORDER, STATE_RESPONSE_ORDER, type AssessmentStatus, type StateResponseStatus } from "@/lib/vocab";

const blank = (v: unknown) => (v === "" || v === null ? undefined : Array.isArray(v) ? v[0] : v);

// `on`: "Status on" (a real-world day); `asOf`: "As recorded on" (a tracker day); see lib/status/moment.ts.
export const ReportOptionsSchema = z.object({
  on: z.preprocess(blank, day.optional()),
  asOf: z.preprocess(blank, day.optional()),
  since: z.preprocess(blank, day.optional()),
  content: z.preprocess(blank, z.enum(["full", "summary"]).default("full")),
  layout: z.preprocess(blank, z.enum(["tracker", "government"]).default("tracker")),
  status: z.preprocess(
    blank,
    z.enum(STATE_RESPONSE_ORDER as [StateResponseStatus, ...StateResponseStatus[]]).optional(),
  ),
  independent: z.preprocess(blank, z.enum(ASSESSMENT_ORDER as [AssessmentStatus, ...AssessmentStatus[]]).optional()),
  paper: z.preprocess(blank, z.enum(["a4", "letter"]).default("a4")),
  // The language of the report's words and, where translated, of its texts. Absent: the reader's language,
  // chosen where the request is known (the report route, `reportLanguage`), so a shared link reads in each
  // reader's own language unless it names one.
  lang: z.preprocess(blank, z.enum(LOCALES as unknown as [Locale, ...Locale[]]).optional()),
});
export type ReportOptions = z.infer<typeof ReportOptionsSchema>;

export function parseReportOptions(params: Record<string, string | string[] | undefined>): {
  options: ReportOptions;
  invalid: string[];
} {
  const out: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const [key, schema] of Object.entries(ReportOptionsSchema.shape)) {
    const r = schema.safeParse(params[key]);
    if (r.success) out[key] = r.data;
    else {
      invalid.push(key);
      out[key] = schema.safeParse(undefined).data;
    }
  }
  // "Changes since" compares with an earlier status: a day after "Status on" is named and ignored.
  if (out.since && out.on && (out.since as string) > (out.on as string)) {
    invalid.push("since");
    out.since = undefined;
  }
  return { options: out as ReportOptions, invalid };
}

/** The query string for the same options (downloads and shared links). */
export function optionsQuery(o: ReportOptions): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(o)) {
    const dflt = ReportOptionsSchema.shape[k as keyof ReportOptions].safeParse(undefined).data;
    if (v !== undefined && v !== dflt) q.set(k, String(v));
  }
  return q.toString();
}
