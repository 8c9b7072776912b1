// The soak's own arithmetic and guards: the memory slope, what counts as flat, and loopback-only targets.
import { describe, expect, it } from "vitest";
import { assertLoopback, parseArgs } from "./args";
import { memoryReport, slope, treeRss } from "./memory";

const MB = 1024 * 1024;

describe("soak test helpers", () => {
  it("fits the slope of a least-squares line", () => {
    expect(slope([0, 1, 2, 3].map((x) => ({ x, y: 5 + 2 * x })))).toBeCloseTo(2);
    expect(slope([{ x: 0, y: 1 }])).toBeNull();
  });

  it("calls memory flat only after a long enough window, and growth of a leak not flat", () => {
    const run = (mbPerMinute: number, seconds: number) =>
      Array.from({ length: seconds / 2 + 1 }, (_, i) => ({
        t: i * 2,
        rss: 500 * MB + ((mbPerMinute * MB) / 60) * i * 2 + (i % 2 ? 20 * MB : -20 * MB),
        processes: 3,
        pids: [1, 2, 3],
      }));
    expect(memoryReport(run(0, 300), 60)).toMatchObject({ judged: true, flat: true });
    expect(memoryReport(run(30, 300), 60)).toMatchObject({ judged: true, flat: false });
    expect(memoryReport(run(30, 60), 30)).toMatchObject({ judged: false, flat: null });
  });

  it("reads the resident memory of a process tree", () => {
    const own = treeRss(process.pid);
    expect(own.rss).toBeGreaterThan(10 * MB);
    expect(own.processes).toBeGreaterThanOrEqual(1);
  });

  it("refuses targets off this machine", () => {
    expect(() => assertLoopback("db", "postgresql://postgres@127.0.0.1:5432/x")).not.toThrow();
    expect(() => assertLoopback("db", "postgresql://postgres@localhost/x")).not.toThrow();
    expect(() => assertLoopback("app", "http://[::1]:3000")).not.toThrow();
    expect(() => assertLoopback("db", "postgresql://u@db.example.org/x")).toThrow(/loopback/);
    expect(() => assertLoopback("db", "postgresql://u@10.0.0.5/x")).toThrow(/loopback/);
  });

  it("reads its options", () => {
    expect(parseArgs(["--minutes", "0.5", "--readers=3", "--editors", "2"])).toMatchObject({
      minutes: 0.5,
      readers: 3,
      editors: 2,
    });
    expect(() => parseArgs(["--editors", "40"])).toThrow();
  });
});
