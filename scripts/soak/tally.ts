// What the soak's clients saw: per kind of request, the statuses and times; every 5xx, network error and
// answer without an X-Request-Id kept (a few of each, to show).
import { summarise } from "../bench-scale/stats";

export class Tally {
  private kinds = new Map<string, { times: number[]; statuses: Map<number, number> }>();
  serverErrors = 0;
  networkErrors = 0;
  unexpected = 0;
  withoutRequestId = 0;
  examples: string[] = [];

  record(kind: string, status: number, ms: number, requestId: string | null, expected = 200): void {
    const k = this.kinds.get(kind) ?? { times: [], statuses: new Map<number, number>() };
    this.kinds.set(kind, k);
    k.times.push(ms);
    k.statuses.set(status, (k.statuses.get(status) ?? 0) + 1);
    if (status >= 500) this.note(`${kind}: ${status}`, () => this.serverErrors++);
    else if (status !== expected) this.note(`${kind}: ${status} (expected ${expected})`, () => this.unexpected++);
    if (!requestId) this.withoutRequestId++;
  }

  failed(kind: string, error: unknown): void {
    this.note(`${kind}: ${(error as Error).message}`, () => this.networkErrors++);
  }

  private note(what: string, count: () => void) {
    count();
    if (this.examples.length < 10) this.examples.push(what);
  }

  get requests(): number {
    return [...this.kinds.values()].reduce((s, k) => s + k.times.length, 0);
  }

  summary() {
    return [...this.kinds.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, k]) => ({
        kind,
        ...summarise(k.times),
        statuses: Object.fromEntries([...k.statuses.entries()].sort(([a], [b]) => a - b)),
      }));
  }
}

/** GET or POST with a time limit; the answer's body read in full (a stream cut midway is an error too). */
export async function timed(
  tally: Tally,
  kind: string,
  url: string,
  init: RequestInit = {},
  expected = 200,
): Promise<{ status: number; text: string } | null> {
  const t = performance.now();
  try {
    const res = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(120_000) });
    const text = await res.text();
    tally.record(kind, res.status, performance.now() - t, res.headers.get("x-request-id"), expected);
    return { status: res.status, text };
  } catch (error) {
    tally.failed(kind, error);
    return null;
  }
}
