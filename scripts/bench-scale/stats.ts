// Percentiles of measured times (nearest rank), and a timing loop with a
// warm-up and a time budget, so a slow floor at 1M events stays bounded.

export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface Timing {
  n: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

export function summarise(times: number[]): Timing {
  const s = [...times].sort((a, b) => a - b);
  const r = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    n: s.length,
    p50: r(percentile(s, 50)),
    p95: r(percentile(s, 95)),
    p99: r(percentile(s, 99)),
    max: r(s.at(-1) ?? null),
  };
}

/** Times `fn` after one warm-up call: `runs` times, or fewer (at least `min`) when `budgetMs` runs out. */
export async function timeIt(fn: () => Promise<unknown>, runs: number, budgetMs: number, min = 5): Promise<Timing> {
  await fn();
  const times: number[] = [];
  const until = performance.now() + budgetMs;
  while (times.length < runs && (times.length < min || performance.now() < until)) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return summarise(times);
}
