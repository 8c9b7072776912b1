// Field values as a person reads them in a conflict message: vocabulary
// labels instead of codes, titles and names instead of ids, dates as days.
import "server-only";
import { prisma } from "@/lib/db/client";
import { fieldLabel } from "@/lib/audit/field-labels";
import { ASSESSMENT, ASSESSOR_TYPE, PRIORITY, STATE_RESPONSE } from "@/lib/vocab";
import { formatDated, type Dated } from "@/lib/dated";

const DOC_FIELDS = new Set(["documentId", "evidenceDocumentId", "sourceDocumentId"]);
const DAY = /^(\d{4}-\d{2}-\d{2})T00:00:00\.000Z$/;
const CODES: Record<string, Record<string, string>> = {
  status: {
    ...Object.fromEntries(Object.entries(STATE_RESPONSE).map(([k, v]) => [k, v.label])),
    ...Object.fromEntries(Object.entries(ASSESSMENT).map(([k, v]) => [k, v.label])),
  },
  assessorType: ASSESSOR_TYPE,
  priority: PRIORITY,
  datePrecision: { DAY: "Exact day", MONTH: "Month", YEAR: "Year", RANGE: "Between two dates" },
};

/** Titles of the documents and names of the institutions and sections among `values`. */
export async function namesFor(values: { field: string; value: unknown }[]): Promise<Map<string, string>> {
  const ids = (pred: (f: string) => boolean) => [
    ...new Set(values.filter((v) => pred(v.field) && typeof v.value === "string").map((v) => v.value as string)),
  ];
  const docIds = ids((f) => DOC_FIELDS.has(f));
  const instIds = ids((f) => f === "institutionId");
  const sectionIds = ids((f) => f === "sectionId");
  if (docIds.length + instIds.length + sectionIds.length === 0) return new Map();
  const db = await prisma();
  const [docs, insts, sections] = await Promise.all([
    db.document.findMany({ where: { id: { in: docIds } }, select: { id: true, title: true } }),
    db.institution.findMany({ where: { id: { in: instIds } }, select: { id: true, name: true } }),
    db.reportSection.findMany({ where: { id: { in: sectionIds } }, select: { id: true, title: true } }),
  ]);
  return new Map([
    ...docs.map((d) => [d.id, d.title] as const),
    ...insts.map((i) => [i.id, i.name] as const),
    ...sections.map((s) => [s.id, s.title] as const),
  ]);
}

export function readableValue(field: string, value: unknown, names: Map<string, string>): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (value instanceof Date) return readableValue(field, value.toISOString(), names);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value !== "string") return String(value);
  const day = DAY.exec(value);
  if (day) return formatDated({ datePrecision: "DAY", dateFrom: new Date(value), dateTo: new Date(value) });
  return CODES[field]?.[value] ?? names.get(value) ?? value;
}

/** A stored date (precision and span) in words, for a conflict on "the date". */
export function readableDate(row: Partial<Record<keyof Dated, unknown>>): string | null {
  const p = row.datePrecision;
  if (typeof p !== "string" || !row.dateTo) return null;
  const asDate = (v: unknown) => (v instanceof Date ? v : typeof v === "string" ? new Date(v) : null);
  return formatDated({
    datePrecision: p as Dated["datePrecision"],
    dateFrom: asDate(row.dateFrom),
    dateTo: asDate(row.dateTo)!,
  });
}

export { fieldLabel };
