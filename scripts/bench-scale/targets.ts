// What the run measures in the database: the measured cycle and
// recommendation, the writers' recommendations, the users' ids and the
// size of the log, read before the server starts (PGlite has one owner).
import { openDatabase, type DatabaseTarget } from "@/lib/db/client";
import { MEASURED_CYCLE, MEASURED_LABEL, WRITE_CYCLE } from "./pages";
import type { Template } from "./database";
import { packageVersion } from "./machine";

export interface Targets {
  slug: string;
  recId: string;
  writeRecIds: string[];
  viewerId: string;
  editorId: string;
  events: number;
  postgres: string | null;
}

export async function readTargets(target: DatabaseTarget, t: Template): Promise<Targets> {
  const db = await openDatabase(target);
  try {
    const rec = await db.prisma.recommendation.findFirst({
      where: { cycle: { slug: MEASURED_CYCLE }, label: MEASURED_LABEL },
      select: { id: true },
    });
    if (!rec) throw new Error(`The generated data has no recommendation ${MEASURED_LABEL} in ${MEASURED_CYCLE}`);
    const writeRecs = await db.prisma.recommendation.findMany({
      where: { cycle: { slug: WRITE_CYCLE } },
      orderBy: { order: "asc" },
      select: { id: true },
    });
    const user = async (email: string) =>
      (await db.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
    const [version] = await db.sql.query<{ v: string }>("SELECT version() AS v");
    return {
      slug: MEASURED_CYCLE,
      recId: rec.id,
      writeRecIds: writeRecs.map((r) => r.id),
      viewerId: await user(t.users.viewer.email),
      editorId: await user(t.users.editor.email),
      events: await db.prisma.auditEvent.count(),
      // PGlite's version() already names PGlite.
      postgres:
        version?.v.split(" on ")[0] ??
        (db.kind === "pglite" ? `PGlite ${packageVersion("@electric-sql/pglite")}` : null),
    };
  } finally {
    await db.close();
  }
}
