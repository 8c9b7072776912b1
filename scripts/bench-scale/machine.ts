// What the figures were measured on, and how busy the machine was: the load
// average is sampled around every measurement (the machine may be shared).
import os from "node:os";
import { readFileSync } from "node:fs";
import path from "node:path";

export interface Machine {
  nproc: number;
  cpu: string;
  memoryGiB: number;
  os: string;
  node: string;
  next: string;
  autocannon: string;
  postgres: string | null;
  loadAtStart: number[];
}

export const packageVersion = (pkg: string) =>
  (JSON.parse(readFileSync(path.resolve("node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;

export function machine(postgres: string | null): Machine {
  return {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    next: packageVersion("next"),
    autocannon: packageVersion("autocannon"),
    postgres,
    loadAtStart: load(),
  };
}

/** 1, 5 and 15-minute load averages. */
export const load = () => os.loadavg().map((l) => Math.round(l * 100) / 100);
