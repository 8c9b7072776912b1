// Unexpected errors (a database that is down, a bug) are logged on the server with a short reference;
// the client only ever gets the reference and a fixed text, never the error's message (which can hold
// a server address, a query or a stack).
import { currentRequestId, log } from "@/lib/log";

/** Eight characters a person can read out to an administrator, who finds the log line by them. */
export function newReference(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: read aloud without mistakes
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => alphabet[b % 32]).join("");
}

/**
 * Logs the error with where it happened (and the request's id, if known) and returns the reference to show.
 * Synchronous for its callers: the request id is looked up after, and the line written then.
 */
export function logUnexpected(where: string, error: unknown, requestId?: string | null): string {
  const reference = newReference();
  const write = (id: string | null) =>
    log.error({ event: "unexpected", reference, where, requestId: id, err: error }, `unexpected error in ${where}`);
  if (requestId !== undefined) write(requestId);
  else void currentRequestId().then(write, () => write(null));
  return reference;
}
