// What the report-text import accepts at its boundaries: the start form (pasted text or a file, and the
// source document), and the commit (the previewed items as one JSON field, checked item by item here,
// and the date of the captured responses, given once for the whole import).
import { z } from "zod";
import { checkDated, datedFields, type Dated } from "@/lib/dated";
import { entityId, optionalEntityId, optionalText, plainText } from "@/lib/validation";
import { PARSED_RESPONSE_STATUSES } from "./parsed";
import { normaliseLabel } from "./policy";

/** Uploads are read by a route handler (no server-action body limit); a final report rarely exceeds this. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;
/** Pasted text: a whole report's recommendations part is well under this. */
export const MAX_PASTED_CHARS = 400_000;
/** The previewed items travel back in a server action's body (Next's limit: 1 MB). */
export const MAX_ITEMS_JSON_CHARS = 900_000;
export const MAX_ITEMS = 1_000;

export const StartImportSchema = z.object({
  cycleId: entityId("Cycle"),
  documentId: optionalEntityId("Source document"),
  text: optionalText("Recommendations section", MAX_PASTED_CHARS),
});

const blankToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);
const heading = (label: string) =>
  z.preprocess(blankToNull, z.string().trim().max(300, `${label} must be at most 300 characters`).nullable());

/** One previewed item as the editor left it; the messages name the item (the path says which). */
export const ImportItemSchema = z.object({
  label: z
    .string({ message: "Label is required" })
    .trim()
    .min(1, "Label is required")
    .refine((s) => normaliseLabel(s) !== null, 'Label must be a number, optionally with a small letter: "17", "2(a)"'),
  section: heading("Section"),
  topic: heading("Topic"),
  leadIn: z.preprocess(blankToNull, plainText("Lead-in", 5_000).nullable()),
  text: plainText("Text", 20_000),
  response: z
    .object({
      status: z.enum(PARSED_RESPONSE_STATUSES, { message: "Choose the state's response" }),
      text: z.preprocess(blankToNull, plainText("Response text", 20_000).nullable()),
      statusSentence: z.preprocess(blankToNull, plainText("Status sentence", 500).nullable()),
    })
    .nullable(),
});
export type ImportItem = z.infer<typeof ImportItemSchema>;

const items = z
  .string({ message: "The previewed items are missing" })
  .max(MAX_ITEMS_JSON_CHARS, "Too many items for one import: drop some and import them separately")
  .transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "The previewed items could not be read. Nothing was imported." });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(ImportItemSchema, { message: "The previewed items could not be read. Nothing was imported." })
      .min(1, "There is nothing to import: every item was dropped")
      .max(MAX_ITEMS, `At most ${MAX_ITEMS} items per import`)
      .superRefine((list, ctx) => {
        const seen = new Map<string, number>();
        list.forEach((item, i) => {
          const label = normaliseLabel(item.label);
          if (!label) return;
          const first = seen.get(label);
          if (first !== undefined)
            ctx.addIssue({
              code: "custom",
              path: [i, "label"],
              message: `Label ${label} is also used by item ${first + 1}: relabel or merge one of them`,
            });
          else seen.set(label, i);
        });
      }),
  );

const sha256 = z.preprocess(
  blankToNull,
  z
    .string()
    .regex(/^[0-9a-f]{64}$/, "The file's fingerprint is not valid")
    .nullable(),
);

export const CommitImportSchema = z
  .object({
    cycleId: entityId("Cycle"),
    documentId: optionalEntityId("Source document"),
    items,
    fileName: z.preprocess(blankToNull, z.string().trim().max(300).nullable()),
    fileSha256: sha256,
    textChecked: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
    ...datedFields,
  })
  .superRefine((v, ctx) => {
    // The captured responses need a date (as known); without responses the date fields are not asked for.
    if (!Array.isArray(v.items) || !v.items.some((i) => i.response)) return;
    const { errors } = checkDated("Date of the captured responses", v);
    for (const [field, message] of Object.entries(errors)) ctx.addIssue({ code: "custom", path: [field], message });
  })
  .transform(({ date, notBefore, notAfter, dateNote, ...rest }) => {
    const dated: Dated | null = rest.items.some((i) => i.response)
      ? checkDated("Date of the captured responses", { date, notBefore, notAfter, dateNote }).value
      : null;
    return { ...rest, responseDate: dated };
  });
export type CommitImport = z.infer<typeof CommitImportSchema>;

export const RevertImportSchema = z.object({ id: entityId("Import") });
