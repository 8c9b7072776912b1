// Readers: each loops over the read side of the tracker as a signed-in viewer, one request after another:
// the dashboards, a cycle's page, its report and CSV download, the read API, and the recommendation pages
// the editors are changing.
import { WRITE_CYCLE } from "../bench-scale/pages";
import { timed, type Tally } from "./tally";

export function readPaths(slug: string, writeRecIds: string[]): { kind: string; path: () => string }[] {
  const either = (i: number) => (i % 2 === 0 ? slug : WRITE_CYCLE);
  let n = 0;
  const next = () => either(n++);
  const someRec = () => writeRecIds[Math.floor(Math.random() * writeRecIds.length)]!;
  return [
    { kind: "dashboards", path: () => "/dashboards" },
    { kind: "cycle-dashboard", path: () => `/dashboards/${next()}` },
    { kind: "cycle", path: () => `/cycles/${next()}` },
    { kind: "report", path: () => `/reports/${next()}` },
    { kind: "report-csv", path: () => `/api/reports/${next()}/csv` },
    { kind: "api-cycles", path: () => "/api/v1/cycles" },
    { kind: "api-recommendations", path: () => `/api/v1/recommendations?cycle=${WRITE_CYCLE}&limit=50` },
    { kind: "recommendation", path: () => `/recommendations/${someRec()}` },
  ];
}

export async function reader(o: {
  base: string;
  cookie: string;
  paths: ReturnType<typeof readPaths>;
  until: number;
  tally: Tally;
  offset: number;
}): Promise<void> {
  for (let i = o.offset; performance.now() < o.until; i++) {
    const p = o.paths[i % o.paths.length]!;
    await timed(o.tally, p.kind, `${o.base}${p.path()}`, { headers: { cookie: o.cookie } });
  }
}
