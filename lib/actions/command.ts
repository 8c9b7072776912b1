// Every write action has the same shape: authorize → parse (zod) → mutate
// (transaction + audit) → say which pages to revalidate. `execute` is plain
// server code, so the authorization matrix tests it for real; the "use server"
// actions in lib/<domain>/actions.ts only add the session and revalidation.
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/policy";
import type { Actor } from "@/lib/audit/record";
import { prisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Outcome } from "@/lib/mutations/outcome";
import { fieldLabel } from "@/lib/audit/field-labels";
import { failed, formObject, invalid, refused, type ActionState } from "./result";

export interface Command<S extends z.ZodType, T> {
  name: string;
  schema: S;
  allow: (user: SessionUser | null) => boolean;
  run: (db: PrismaClient, actor: Actor, input: z.infer<S>) => Promise<Outcome<T>>;
  /** Pages whose data changed. */
  paths: (input: z.infer<S>) => string[];
  success: (input: z.infer<S>, value: T) => { message: string; data?: Record<string, string> };
}

export function command<S extends z.ZodType, T>(c: Command<S, T>): Command<S, T> {
  return c;
}

function describe(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value)) return value.slice(0, 10);
  return String(value);
}

export async function execute<S extends z.ZodType, T>(
  c: Command<S, T>,
  user: SessionUser | null,
  form: FormData,
): Promise<{ state: ActionState; paths: string[] }> {
  if (!c.allow(user)) return { state: refused(form), paths: [] };
  const parsed = c.schema.safeParse(formObject(form));
  if (!parsed.success) return { state: invalid(parsed.error, form), paths: [] };
  const actor: Actor = user ? { id: user.id, label: user.name } : { id: null, label: "Anonymous" };
  const outcome = await c.run(await prisma(), actor, parsed.data);
  switch (outcome.kind) {
    case "ok": {
      const { message, data } = c.success(parsed.data, outcome.value);
      return { state: { status: "ok", message, data }, paths: c.paths(parsed.data) };
    }
    case "invalid": {
      // A rule about the whole record (e.g. the last administrator) is not a field to correct.
      const onlyForm = Object.keys(outcome.fieldErrors).every((k) => k === "form");
      const message = onlyForm ? "Nothing was saved." : "Please correct the highlighted fields. Nothing was saved.";
      return { state: failed(form, message, outcome.fieldErrors), paths: [] };
    }
    case "not-found":
      return { state: failed(form, `${outcome.message} Nothing was saved.`), paths: [] };
    case "conflict": {
      const who = [...new Set(outcome.changes.map((ch) => ch.by))].join(", ");
      const message =
        outcome.changes.length > 0
          ? `Not saved: ${who} saved a change after you opened this form. Their changes are listed below; your text is still in the form. Review it and save again.`
          : "Not saved: someone else saved this record at the same moment. Reload the page to see their version; your text is still in the form.";
      const state = failed(form, message);
      if (state.status === "error") {
        state.conflict = {
          currentVersion: outcome.currentVersion,
          changes: outcome.changes.map((ch) => ({ field: ch.field, label: fieldLabel(ch.field), theirs: describe(ch.to) })),
        };
        // Saving again means saving over their version, knowingly.
        state.values.version = String(outcome.currentVersion);
      }
      return { state, paths: [] };
    }
  }
}
