// The one builder of server actions: a domain's actions.ts ("use server")
// declares each action once — schema, policy, mutation, message — and gets
// the function its form calls. The declaration stays
// reachable as `.command` for the authorization matrix and other tests.
// The answer is translated here, at one boundary, into the request's language (lib/i18n/server-messages.ts):
// everything below writes English, and tests that call `execute` directly read English.
import "server-only";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { translateActionState } from "@/lib/i18n/server-messages";
import { requestLocaleOrEnglish } from "@/lib/i18n/server-messages-locale";
import { execute, unexpected, type Command } from "./command";
import type { ActionState } from "./result";

export type ServerAction = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function action<S extends z.ZodType, T>(c: Command<S, T>): ServerAction & { command: Command<S, T> } {
  const run = async (_prev: ActionState, form: FormData): Promise<ActionState> =>
    translateActionState(await answer(form), await requestLocaleOrEnglish());
  const answer = async (form: FormData): Promise<ActionState> => {
    try {
      const early = c.prepare ? await c.prepare(form) : null;
      if (early) return early;
      // No revalidation here: the form refreshes the page once the save is acknowledged
      // (components/forms/use-action.ts), so the answer does not wait for a render.
      const { state } = await execute(c, await getCurrentUser(), form);
      return state;
    } catch (error) {
      // prepare() or the session lookup failed: the same kept-values answer as an error in the command.
      return unexpected(c.name, error, form).state;
    }
  };
  return Object.assign(run, { command: c });
}
