// Memory of the app while it is soaked: the resident set (RSS) of the serving process and all its descendants
// (scripts/serve.mjs's workers), read from /proc every few seconds, and the slope of a least-squares line
// through the samples after the warm-up (caches, JIT and connection pools fill in the first minute).
import { readdirSync, readFileSync } from "node:fs";

export interface Sample {
  t: number; // seconds since the start of the load
  rss: number; // bytes, the process tree together
  processes: number;
  pids: number[];
}

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces: the parent pid is the 2nd field after it.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  return map;
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export function treeRss(root: number): { rss: number; processes: number; pids: number[] } {
  const kids = children();
  const seen: number[] = [];
  const walk = (pid: number) => {
    seen.push(pid);
    for (const c of kids.get(pid) ?? []) walk(c);
  };
  walk(root);
  return { rss: seen.reduce((sum, p) => sum + rssOf(p), 0), processes: seen.length, pids: seen };
}

export function sampler(root: number, everySeconds: number, started: number) {
  const samples: Sample[] = [];
  const take = () => samples.push({ t: (performance.now() - started) / 1000, ...treeRss(root) });
  take();
  const timer = setInterval(take, everySeconds * 1000);
  return {
    samples,
    stop: () => {
      clearInterval(timer);
      take();
    },
  };
}

/** Least-squares slope (y per x) of the points; null with fewer than three. */
export function slope(points: { x: number; y: number }[]): number | null {
  const n = points.length;
  if (n < 3) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (sxx === 0) return null;
  return points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
}

const MB = 1024 * 1024;

/**
 * "Flat" = the fitted growth after the warm-up is under FLAT_MB_PER_MINUTE for the whole process tree.
 * Why 10 MB/min: a real leak keeps something per request; at the few dozen requests a second this soak makes,
 * even 5 KB kept per request is 10+ MB/min, while V8's heaps move up and down by tens of MB between collections,
 * which over a window of several minutes averages out to well under 10 MB/min. Only judged on runs whose
 * window after the warm-up is at least two minutes: a shorter fit is mostly that noise.
 */
export const FLAT_MB_PER_MINUTE = 10;
export const MIN_JUDGED_SECONDS = 120;

export function memoryReport(samples: Sample[], warmupSeconds: number) {
  const after = samples.filter((s) => s.t >= warmupSeconds);
  const perSecond = slope(after.map((s) => ({ x: s.t, y: s.rss })));
  const mbPerMinute = perSecond === null ? null : Math.round(((perSecond * 60) / MB) * 10) / 10;
  const window = after.length > 1 ? after.at(-1)!.t - after[0]!.t : 0;
  const judged = window >= MIN_JUDGED_SECONDS && mbPerMinute !== null;
  const mb = (b: number | undefined) => (b === undefined ? null : Math.round(b / MB));
  return {
    samples: samples.length,
    firstMb: mb(samples[0]?.rss),
    afterWarmupMb: mb(after[0]?.rss),
    lastMb: mb(samples.at(-1)?.rss),
    maxMb: mb(Math.max(...samples.map((s) => s.rss))),
    processes: [...new Set(samples.map((s) => s.processes))],
    // A worker that died (out of memory, say) is replaced by serve.mjs: a new pid.
    replacedProcesses: new Set(samples.flatMap((s) => s.pids)).size - (samples[0]?.pids.length ?? 0),
    warmupSeconds,
    windowSeconds: Math.round(window),
    slopeMbPerMinute: mbPerMinute,
    judged,
    flat: judged ? mbPerMinute! < FLAT_MB_PER_MINUTE : null,
  };
}
