// Every write action has the same shape: authorize → parse (zod) → mutate
// (transaction + audit) → answer. `execute` is plain
// server code, so the authorization matrix tests it for real; `action()`
// (./define.ts) adds the session and revalidation.
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/policy";
import type { Actor } from "@/lib/audit/record";
import { prisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ChangeSince, Conflict, Outcome } from "@/lib/mutations/outcome";
import { currentRequestId, log } from "@/lib/log";
import { logUnexpected } from "@/lib/security/unexpected";
import { serverText } from "@/lib/i18n/server-messages-marker";
import { unsafeTextFields } from "@/lib/validation";
import { fieldLabel, namesFor, readableDate, readableValue } from "./readable";
import { correctFields, failed, formObject, formValues, invalid, refused, type ActionState } from "./result";

export interface Command<S extends z.ZodType, T> {
  name: string;
  schema: S;
  allow: (user: SessionUser | null) => boolean;
  run: (db: PrismaClient, actor: Actor, input: z.infer<S>) => Promise<Outcome<T>>;
  success: (input: z.infer<S>, value: T) => { message: string; data?: Record<string, string> };
  /** The form values of a record (for a rebased stale form). */
  toForm?: (record: Record<string, unknown>) => Record<string, string>;
  /** Turns the request's form into the command's (e.g. an uploaded file into text); an answer stops there. */
  prepare?: (form: FormData) => Promise<ActionState | null>;
}

export function command<S extends z.ZodType, T>(c: Command<S, T>): Command<S, T> {
  return c;
}

const DATE_FIELDS = new Set(["datePrecision", "dateFrom", "dateTo"]);
const YOU = serverText("you (in another tab or window)");
const who = (changes: ChangeSince[]) => [...new Set(changes.map((c) => (c.byYou ? YOU : c.by)))].join(", ");

/** Readable lines, the three date fields shown as one "Date". */
async function readable(
  changes: ChangeSince[],
  conflicts: Conflict[],
  merged: Record<string, unknown> | null,
  toForm: (r: Record<string, unknown>) => Record<string, string>,
) {
  const names = await namesFor([
    ...changes.map((c) => ({ field: c.field, value: c.to })),
    ...conflicts.flatMap((c) => [
      { field: c.field, value: c.mine },
      { field: c.field, value: c.theirs },
    ]),
  ]);
  const seen = new Set<string>();
  const lines = changes.flatMap((c) => {
    const date = DATE_FIELDS.has(c.field);
    const key = `${date ? "date" : c.field}|${c.by}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const value = date ? (readableDate(merged ?? {}) ?? "(changed)") : readableValue(c.field, c.to, names);
    return [
      {
        field: date ? "date" : c.field,
        label: date ? "Date" : fieldLabel(c.field),
        value,
        by: c.byYou ? YOU : c.by,
      },
    ];
  });
  const both = conflicts
    .filter((c) => !DATE_FIELDS.has(c.field))
    .map((c) => ({
      field: c.field,
      label: fieldLabel(c.field),
      mine: readableValue(c.field, c.mine, names),
      theirs: readableValue(c.field, c.theirs, names),
      theirsForm: pick(toForm({ [c.field]: c.theirs }), [c.field]),
    }));
  const dateSide = (k: "mine" | "theirs") =>
    Object.fromEntries(conflicts.filter((c) => DATE_FIELDS.has(c.field)).map((c) => [c.field, c[k]]));
  if (conflicts.some((c) => DATE_FIELDS.has(c.field))) {
    both.unshift({
      field: "date",
      label: "Date",
      mine: readableDate(dateSide("mine")) ?? "(changed)",
      theirs: readableDate(dateSide("theirs")) ?? "(changed)",
      theirsForm: pick(toForm(dateSide("theirs")), ["date", "notBefore", "notAfter"]),
    });
  }
  return { lines, both };
}

const pick = (o: Record<string, string>, keys: string[]) =>
  Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]!]));

/** The answer to an error nobody expected: the typed values kept, a reference to find the log line. */
export function unexpected(
  name: string,
  error: unknown,
  form: FormData,
  requestId?: string | null,
): { state: ActionState } {
  const reference = logUnexpected(`action ${name}`, error, requestId);
  return { state: failed(form, `Something went wrong (reference ${reference}). Nothing was saved.`) };
}

export async function execute<S extends z.ZodType, T>(
  c: Command<S, T>,
  user: SessionUser | null,
  form: FormData,
): Promise<{ state: ActionState }> {
  const requestId = await currentRequestId();
  const ctx = { action: c.name, userId: user?.id ?? null, requestId };
  try {
    return await executeCommand(c, user, form, ctx);
  } catch (error) {
    // The transaction rolled back; the form keeps what was typed, and no error text reaches the client.
    return unexpected(c.name, error, form, requestId);
  }
}

type LogContext = { action: string; userId: string | null; requestId: string | null };
/** Field names only: never what was typed. */
const fieldsOf = (errors: Record<string, unknown>) => Object.keys(errors);
const issueFields = (error: z.ZodError) => [
  ...new Set(error.issues.map((i) => (i.path.length > 0 ? String(i.path[0]) : "form"))),
];

async function executeCommand<S extends z.ZodType, T>(
  c: Command<S, T>,
  user: SessionUser | null,
  form: FormData,
  ctx: LogContext,
): Promise<{ state: ActionState }> {
  if (!c.allow(user)) {
    log.warn({ event: "action.refused", ...ctx, reason: user ? "not permitted" : "not signed in" }, "action refused");
    return { state: refused(form) };
  }
  // Every action, whatever its schema: a NUL byte would make the database fail (a 500), a direction
  // override would make stored text read differently from what it is. One message per such field.
  const unsafe = unsafeTextFields(formObject(form));
  if (Object.keys(unsafe).length > 0) {
    log.info({ event: "action.invalid", ...ctx, fields: fieldsOf(unsafe), unsafeText: true }, "invalid input");
    return { state: correctFields(form, unsafe) };
  }
  const parsed = c.schema.safeParse(formObject(form));
  if (!parsed.success) {
    log.info({ event: "action.invalid", ...ctx, fields: issueFields(parsed.error) }, "invalid input");
    return { state: invalid(parsed.error, form) };
  }
  const actor: Actor = user ? { id: user.id, label: user.name } : { id: null, label: "Anonymous" };
  const outcome = await c.run(await prisma(), actor, parsed.data);
  switch (outcome.kind) {
    case "ok": {
      log.info({ event: "action.done", ...ctx }, "change saved");
      const { message, data } = c.success(parsed.data, outcome.value);
      const saved = outcome.value as { rebasedOver?: ChangeSince[]; version?: number } | undefined;
      const over = saved?.rebasedOver ?? [];
      const note =
        over.length > 0
          ? serverText(
              ` Meanwhile ${who(over)} had changed ${[...new Set(over.map((o) => (DATE_FIELDS.has(o.field) ? serverText("the date") : fieldLabel(o.field).toLowerCase())))].join(", ")}; your changes were saved on top of theirs.`,
            )
          : "";
      // The version now, so the form's next save starts from it even before the page is refreshed.
      const version: Record<string, string> =
        typeof saved?.version === "number" ? { version: String(saved.version) } : {};
      return { state: { status: "ok", message: `${message}${note}`, data: { ...data, ...version } } };
    }
    case "invalid": {
      // A rule about the whole record (e.g. the last administrator) is not a field to correct.
      log.info({ event: "action.invalid", ...ctx, fields: fieldsOf(outcome.fieldErrors) }, "refused by a rule");
      const onlyForm = Object.keys(outcome.fieldErrors).every((k) => k === "form");
      return {
        state: onlyForm
          ? failed(form, "Nothing was saved.", outcome.fieldErrors)
          : correctFields(form, outcome.fieldErrors),
      };
    }
    case "not-found":
      log.info({ event: "action.not-found", ...ctx }, "record not found");
      return { state: failed(form, `${outcome.message} Nothing was saved.`) };
    case "conflict": {
      log.info({ event: "action.conflict", ...ctx, currentVersion: outcome.currentVersion }, "stale form refused");
      const { lines, both } = await readable(
        outcome.changes,
        outcome.conflicts,
        outcome.merged,
        c.toForm ?? (() => ({})),
      );
      const message =
        both.length > 0
          ? `Not saved: ${who(outcome.changes)} changed this record after you opened this form. Where you both changed the same thing, both versions are shown: keep yours or take theirs, then save again. Their other changes are now in the form; yours are kept.`
          : "Not saved: someone else saved this record at the same moment. Your text is still in the form; save again to apply it on top of their version.";
      const state = failed(form, message);
      if (state.status === "error") {
        state.conflict = { currentVersion: outcome.currentVersion, changes: lines, conflicts: both };
        // A rebased form: the current values, the user's where they changed something, at the current version.
        if (outcome.merged && c.toForm)
          state.values = { ...formValues(form), ...c.toForm(outcome.merged), version: String(outcome.currentVersion) };
      }
      return { state };
    }
  }
}
