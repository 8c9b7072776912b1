// What a mutation tells its action: done, or why nothing was written.
import type { ChangeSince } from "@/lib/audit/queries";

export type Outcome<T = { id: string }> =
  | { kind: "ok"; value: T }
  | { kind: "not-found"; message: string }
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "conflict"; changes: ChangeSince[]; currentVersion: number };

/** Thrown inside a transaction to roll it back and return the outcome. */
export class Abort extends Error {
  constructor(readonly outcome: Exclude<Outcome<never>, { kind: "ok" }>) {
    super(outcome.kind);
  }
}

export async function runOutcome<T>(fn: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { kind: "ok", value: await fn() };
  } catch (error) {
    if (error instanceof Abort) return error.outcome;
    // Two people creating the same record at once: the database's unique
    // constraint refuses the second; report it as the conflict it is.
    if ((error as { code?: string }).code === "P2002") return { kind: "conflict", changes: [], currentVersion: -1 };
    throw error;
  }
}
