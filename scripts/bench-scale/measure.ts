// Load on one page with autocannon: N connections for a fixed duration,
// after a short warm-up; every response's latency is kept, so the p50/p95/p99
// are exact (autocannon's own summary has no p95). The page's size is that of
// one uncompressed response, fetched first (which also says if it works).
import autocannon from "autocannon";
import { summarise, type Timing } from "./stats";

export interface Load {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** A response time of the static page that means the server is idle. */
  idleMs: number;
}

export interface PageMeasure {
  key: string;
  path: string;
  as: string;
  status: number;
  bytes: number;
  latency: Timing | null;
  requests: number;
  perSecond: number | null;
  non2xx: number;
  errors: number;
  timeouts: number;
  note: string | null;
}

type Run = { times: number[]; result: autocannon.Result };

/** For `seconds`, or (amount) until that many requests are answered. */
async function run(
  url: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
  amount?: number,
): Promise<Run> {
  const times: number[] = [];
  const instance = autocannon({
    url,
    headers,
    connections,
    timeout: 60,
    ...(amount ? { amount } : { duration: seconds }),
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  return { times, result };
}

/**
 * Waits until the server is idle again: when autocannon's time is up it drops the requests in flight,
 * but the server still finishes them (a PDF takes seconds), which would slow the next measurement.
 * Idle = the static page answers twice in a row within `idleMs`.
 */
export async function drain(base: string, idleMs: number, maxMs = 180_000): Promise<number> {
  const started = performance.now();
  let quick = 0;
  while (quick < 2 && performance.now() - started < maxMs) {
    const t = performance.now();
    // A kept-alive connection the server has just closed resets: that is not an answer, try again.
    const ok = await fetch(`${base}/sign-in`)
      .then((r) => r.arrayBuffer())
      .then(
        () => true,
        () => false,
      );
    quick = ok && performance.now() - t <= idleMs ? quick + 1 : 0;
    if (quick < 2) await new Promise((r) => setTimeout(r, 200));
  }
  return Math.round(performance.now() - started);
}

export async function measure(
  base: string,
  page: { key: string; path: string; as: string },
  cookie: string | null,
  load: Load,
): Promise<PageMeasure> {
  const url = `${base}${page.path}`;
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const get = () => fetch(url, { headers, redirect: "manual" });
  const first = await get().catch(get);
  const body = Buffer.from(await first.arrayBuffer());
  const out: PageMeasure = {
    key: page.key,
    path: page.path,
    as: page.as,
    status: first.status,
    bytes: body.length,
    latency: null,
    requests: 0,
    perSecond: null,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    note: null,
  };
  if (first.status !== 200) {
    out.note = `answered ${first.status}${first.headers.get("location") ? ` → ${first.headers.get("location")}` : ""}: not measured`;
    return out;
  }
  if (load.warmupSeconds > 0) {
    await run(url, headers, load.connections, load.warmupSeconds);
    await drain(base, load.idleMs);
  }
  const runs = [await run(url, headers, load.connections, load.seconds)];
  // Requests still running when the time is up are dropped: a page slower than that gets a second run
  // that waits for one answer per connection, so every page has figures.
  if (runs[0]!.times.length < load.connections) {
    await drain(base, load.idleMs);
    runs.push(await run(url, headers, load.connections, 0, load.connections));
    out.note = `slower than the ${load.seconds} s run: ${load.connections} more requests were awaited`;
  }
  const times = runs.flatMap((r) => r.times);
  const duration = runs.reduce((s, r) => s + r.result.duration, 0);
  out.latency = summarise(times);
  out.requests = times.length;
  out.perSecond = Math.round((times.length / duration) * 10) / 10;
  for (const r of runs) {
    out.non2xx += r.result.non2xx;
    out.errors += r.result.errors;
    out.timeouts += r.result.timeouts;
  }
  await drain(base, load.idleMs);
  return out;
}
