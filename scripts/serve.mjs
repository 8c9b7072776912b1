// Serves the built app (`npm start` runs it after `next build`). On PostgreSQL
// one process per core (WEB_CONCURRENCY, default: the cores, at most 4), so a
// page being rendered on one core does not hold up the requests of others; on
// the embedded database exactly one, the only process that may open it.
// Plain JavaScript: nothing to compile at start.
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";

process.env.NODE_ENV = "production";
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "localhost";
const requested = Number(process.env.WEB_CONCURRENCY ?? Math.min(availableParallelism(), 4));
const workers = process.env.DATABASE_URL ? Math.max(1, Number.isInteger(requested) ? requested : 1) : 1;

if (cluster.isPrimary && workers > 1) {
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  // A worker that dies is replaced; the others keep serving meanwhile.
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`worker ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    cluster.fork();
  });
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(sig, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill(sig);
      setTimeout(() => process.exit(0), 5_000).unref();
      cluster.on("exit", () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
    });
  }
  console.log(`Serving on http://${hostname}:${port} with ${workers} processes`);
} else {
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => handle(req, res)).listen(port, hostname, () => {
    if (cluster.isPrimary) console.log(`Serving on http://${hostname}:${port}`);
  });
  // Finish the requests in flight, then exit (an exit, not a kill: the database connections close cleanly).
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      server.close(() => process.exit(0));
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  }
}
