// The spreadsheet round trip's shapes and limits: what an upload is, what a
// read file is, and the plan a dry run shows (lib/sheet-import/plan.ts).
import { z } from "zod";
import { entityId } from "@/lib/validation";

// Below Next.js's default 1 MB limit for a server action's request body.
export const MAX_SHEET_BYTES = 900_000;
export const MAX_SHEET_ROWS = 2_000;

/** The upload as the action receives it (the file turned into base64 by the action's `prepare`). */
export const SheetUploadSchema = z.object({
  cycleId: entityId("Cycle"),
  fileName: z.string().trim().min(1, "Choose a CSV or XLSX file").max(255),
  content: z.string().min(1, "Choose a CSV or XLSX file"),
  intent: z.enum(["check", "apply"]).default("check"),
  /** The dry run's key: apply writes only if the plan is still the one the editor saw. */
  planKey: z.string().max(64).optional(),
});
export type SheetUpload = z.infer<typeof SheetUploadSchema>;

export interface SheetRow {
  /** The spreadsheet's row number (the header is row 1). */
  row: number;
  /** Text cells by column header. */
  cells: Record<string, string>;
}

export interface SheetFile {
  name: string;
  sha256: string;
  kind: "csv" | "xlsx";
  headers: string[];
  rows: SheetRow[];
}

/** "Row 7, Response date to: …". `column` is null for a problem with the whole row. */
export interface Problem {
  row: number;
  column: string | null;
  message: string;
}

/** A row the tracker changed since the export and the sheet edits: both values, never applied. */
export interface RowConflict {
  row: number;
  recommendationId: string;
  label: string;
  fields: { column: string; sheet: string; tracker: string }[];
}

export type ChangeKind = "response" | "assessment" | "followUp";

/** One planned write: a new entry of a series, with its input as the entry forms would give it. */
export interface PlannedChange {
  row: number;
  recommendationId: string;
  label: string;
  kind: ChangeKind;
  /** The stamp the row had at export, re-checked in the transaction. */
  stamp: string;
  /** In words: "New state's response: Implemented, dated 9 September 2011 (was: Accepted in part)". */
  words: string;
  input: object;
}

export interface Plan {
  file: { name: string; sha256: string; kind: "csv" | "xlsx"; rows: number };
  problems: Problem[];
  conflicts: RowConflict[];
  changes: PlannedChange[];
  /** Rows matched and left as they are. */
  unchanged: number;
}
