// What a mutation tells its action: done, or why nothing was written.

/** A change someone made to a record after a form was opened on it. */
export interface ChangeSince {
  field: string;
  to: unknown;
  by: string;
  /** The same user, e.g. in another tab. */
  byYou: boolean;
  at: Date;
}

/** A field both the user and someone else changed, differently. */
export interface Conflict {
  field: string;
  mine: unknown;
  theirs: unknown;
}

export type Outcome<T = { id: string }> =
  | { kind: "ok"; value: T }
  | { kind: "not-found"; message: string }
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | {
      kind: "conflict";
      changes: ChangeSince[];
      conflicts: Conflict[];
      /** The rebased record (current values, the user's where they changed something); null if unknown. */
      merged: Record<string, unknown> | null;
      currentVersion: number;
    };

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
    if ((error as { code?: string }).code === "P2002")
      return { kind: "conflict", changes: [], conflicts: [], merged: null, currentVersion: -1 };
    throw error;
  }
}
