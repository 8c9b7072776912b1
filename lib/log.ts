// The server's structured log: one JSON line per event on standard output (pino, no transport and no worker
// thread: the process manager or container runtime collects stdout). Every line of a request carries its id
// (X-Request-Id, set by proxy.ts) and, where known, the user's id. Never in a line: passwords, tokens, hashes,
// cookies, whole bodies; emails only as a short fingerprint (emailRef) so failed sign-ins with guessed
// addresses do not put third parties' addresses into the logs. Keys that could hold such values are also
// redacted here, in case a caller passes a whole object by mistake.
import { createHash } from "node:crypto";
import { headers } from "next/headers";
import { pino, type DestinationStream, type Level, type Logger } from "pino";
import { env } from "./env";
import { REQUEST_ID_HEADER } from "./request-id";

const SENSITIVE = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "hash",
  "token",
  "secret",
  "cookie",
  "cookies",
  "authorization",
  "email",
  "body",
];
export const REDACT_PATHS = [
  ...SENSITIVE,
  ...SENSITIVE.map((k) => `*.${k}`),
  'headers["set-cookie"]',
  'headers["x-api-key"]',
];

export type LogLevel = Level | "silent";

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

function levelFromEnv(): LogLevel {
  try {
    return env().LOG_LEVEL;
  } catch {
    return "info"; // an invalid environment stops the app at start (scripts/start.ts); a script still logs
  }
}

let current: Logger | null = null;
const logger = () => (current ??= createLogger(levelFromEnv()));

/** Sends the log to `destination` at `level` until the returned function is called (tests read what was logged). */
export function redirectLog(destination: DestinationStream, level: LogLevel = "trace"): () => void {
  const before = current;
  current = createLogger(level, destination);
  return () => {
    current = before;
  };
}

export type LogFields = Record<string, unknown> & { event: string };

/** The logging calls: `event` names what happened (dot-separated, stable: it is what alerts search for). */
export const log = {
  error: (fields: LogFields, msg?: string) => logger().error(fields, msg),
  warn: (fields: LogFields, msg?: string) => logger().warn(fields, msg),
  info: (fields: LogFields, msg?: string) => logger().info(fields, msg),
  debug: (fields: LogFields, msg?: string) => logger().debug(fields, msg),
};

/** A short fingerprint of an email address: the same address gives the same value, the address is not shown. */
export function emailRef(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 12);
}

/**
 * The id of the request being served (from the header proxy.ts set), or null outside a request (scripts,
 * tests) or in a route the proxy does not see.
 */
export async function currentRequestId(): Promise<string | null> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER);
  } catch {
    return null;
  }
}

/**
 * A refusal answered by a route handler or the API (authorization, input, size): one line with the status,
 * the path and the request's id. Not awaited by callers: the answer does not wait for the log.
 */
export function logRefusal(
  request: Request | null,
  status: number,
  reason: string,
  fields: Record<string, unknown> = {},
): void {
  const path = request ? new URL(request.url).pathname : null;
  const given = typeof fields.requestId === "string" ? fields.requestId : null;
  const fromHeader = given ?? request?.headers.get(REQUEST_ID_HEADER) ?? null;
  const write = (requestId: string | null) =>
    log[status === 401 || status === 403 || status === 413 ? "warn" : "info"](
      { event: "request.refused", status, reason, path, method: request?.method ?? null, ...fields, requestId },
      "request refused",
    );
  if (fromHeader) write(fromHeader);
  else void currentRequestId().then(write, () => write(null));
}
