import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { execute, type Command } from "./command";
import type { ActionState } from "./result";

/** Runs a command for the signed-in user of this request, then revalidates what changed. */
export async function perform<S extends z.ZodType, T>(c: Command<S, T>, form: FormData): Promise<ActionState> {
  const { state, paths } = await execute(c, await getCurrentUser(), form);
  for (const p of paths) revalidatePath(p, p.includes("[") ? "page" : undefined);
  return state;
}
