// Countries, cycles and documents created and edited through the real actions' path (policy → zod → mutation),
// each with its audit event in the same transaction; stale forms refused; viewers refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { seededWithUsers } from "@/lib/test/fixtures";
import { execute } from "@/lib/actions/command";
import { verifyTables } from "@/lib/audit/verify-tables";
import { verifyAuditChain } from "@/lib/audit/verify";
import { findActiveUser } from "@/lib/users/queries";
import { createCountryAction, createCycleAction, editCountryAction, editCycleAction } from "./actions";
import { createDocumentAction, editDocumentAction } from "@/lib/documents/actions";

const form = (o: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(o)) f.set(k, v);
  return f;
};

describe(`creating and editing the catalogue on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  const as = async (who: "editor" | "viewer" | "admin") => (await findActiveUser(u[who].id))!;

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("creates a country and a cycle with a readable, unique slug, audited in the same transaction", async () => {
    const ed = await as("editor");
    const c = await execute(createCountryAction.command, ed, form({ code: "ge", name: "Georgia" }));
    expect(c.state.status).toBe("ok");
    const dup = await execute(createCountryAction.command, ed, form({ code: "GE", name: "Georgia again" }));
    expect(dup.state.status === "error" && dup.state.fieldErrors.code).toEqual([
      "A country with the code GE already exists",
    ]);
    const ge = await db.prisma.country.findUniqueOrThrow({ where: { code: "GE" } });

    const base = {
      countryId: ge.id,
      electionType: "PRESIDENTIAL",
      electionDate: "2008-01-05",
      isEarly: "on",
      title: "Early presidential election",
      recommendationCount: "42",
    };
    const r = await execute(createCycleAction.command, ed, form(base));
    expect(r.state.status === "ok" && r.state.data?.slug).toBe("ge-2008");
    // Same year, another election: still readable.
    const r2 = await execute(
      createCycleAction.command,
      ed,
      form({ ...base, electionType: "PARLIAMENTARY", electionDate: "2008-05-21", title: "Parliamentary elections" }),
    );
    expect(r2.state.status === "ok" && r2.state.data?.slug).toBe("ge-2008-parliamentary");
    const again = await execute(createCycleAction.command, ed, form({ ...base, electionDate: "2008-02-01" }));
    expect(again.state.status === "error" && again.state.fieldErrors.electionType?.[0]).toMatch(
      /already has a presidential election cycle in 2008/,
    );

    const cycle = await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "ge-2008" } });
    expect(cycle).toMatchObject({ year: 2008, isEarly: true, recommendationCount: 42, version: 1 });
    const ev = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "ElectionCycle", entityId: cycle.id, action: "create" },
    });
    expect(ev.actorLabel).toBe("Eve Editor");
    expect(ev.occurredAt.getTime()).toBeGreaterThanOrEqual(cycle.createdAt.getTime() - 1000);
    expect((ev.changes as Record<string, { to: unknown }>).recommendationCount?.to).toBe(42);
  });

  it("gives one clear message per field for bad input and writes nothing", async () => {
    const ed = await as("editor");
    const before = await db.prisma.auditEvent.count();
    const r = await execute(
      createCycleAction.command,
      ed,
      form({
        countryId: "not an id",
        electionType: "CORONATION",
        electionDate: "2099-01-01",
        title: "",
        recommendationCount: "twelve",
        finalReportUrl: "javascript:alert(1)",
      }),
    );
    expect(r.state.status).toBe("error");
    const errors = r.state.status === "error" ? r.state.fieldErrors : {};
    for (const f of ["countryId", "electionType", "electionDate", "title", "recommendationCount", "finalReportUrl"])
      expect(errors[f], f).toHaveLength(1);
    const doc = await execute(createDocumentAction.command, ed, form({ cycleId: "x", type: "", title: "" }));
    expect(doc.state.status === "error" && Object.keys(doc.state.fieldErrors).sort()).toEqual(
      ["cycleId", "issuer", "title", "type"].sort(),
    );
    expect(await db.prisma.auditEvent.count()).toBe(before);
  });

  it("edits with optimistic locking: a stale form that changes the same field is refused with both versions", async () => {
    const ed = await as("editor");
    const ad = await as("admin");
    const cycle = await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2012" } });
    const edit = (o: Record<string, string>) =>
      form({
        id: cycle.id,
        version: String(cycle.version),
        title: cycle.title,
        electionDate: "2012-01-15",
        isEarly: "on",
        // The form as opened: every stored value.
        finalReportTitle: cycle.finalReportTitle ?? "",
        finalReportDate: cycle.finalReportDate?.toISOString().slice(0, 10) ?? "",
        finalReportPlace: cycle.finalReportPlace ?? "",
        notes: cycle.notes ?? "",
        ...o,
      });
    expect((await execute(editCycleAction.command, ed, edit({ recommendationCount: "25" }))).state.status).toBe("ok");
    const stale = await execute(editCycleAction.command, ad, edit({ recommendationCount: "26" }));
    expect(stale.state.status).toBe("error");
    expect(stale.state.status === "error" && stale.state.conflict?.conflicts.map((c) => c.field)).toEqual([
      "recommendationCount",
    ]);
    // A stale form changing another field is rebased on top.
    const rebased = await execute(editCycleAction.command, ad, edit({ recommendationCount: "25", notes: "Checked." }));
    expect(rebased.state.status, JSON.stringify(rebased.state)).toBe("ok");
    const now = await db.prisma.electionCycle.findUniqueOrThrow({ where: { id: cycle.id } });
    expect(now).toMatchObject({ recommendationCount: 25, notes: "Checked.", version: cycle.version + 2 });

    const doc = await db.prisma.document.findUniqueOrThrow({ where: { slug: "kz-2012-press-release" } });
    const r = await execute(
      editDocumentAction.command,
      ed,
      form({
        id: doc.id,
        version: String(doc.version),
        type: "PRESS_RELEASE",
        title: doc.title,
        issuer: doc.issuer,
        place: "Astana",
      }),
    );
    expect(r.state.status).toBe("ok");

    const kz = await db.prisma.country.findUniqueOrThrow({ where: { code: "KZ" } });
    const c = await execute(
      editCountryAction.command,
      ed,
      form({ id: kz.id, version: String(kz.version), code: "KZ", name: "Republic of Kazakhstan" }),
    );
    expect(c.state.status).toBe("ok");
    const c2 = await execute(
      editCountryAction.command,
      ad,
      form({ id: kz.id, version: String(kz.version), code: "KZ", name: "Kazakhstan (Republic of)" }),
    );
    expect(c2.state.status === "error" && c2.state.conflict?.conflicts.map((x) => x.field)).toEqual(["name"]);
  });

  it("creates a document in a cycle with a readable slug", async () => {
    const ed = await as("editor");
    const cycle = await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2012" } });
    const r = await execute(
      createDocumentAction.command,
      ed,
      form({
        cycleId: cycle.id,
        type: "FINAL_REPORT",
        title: "OSCE/ODIHR Election Observation Mission Final Report",
        issuer: "OSCE/ODIHR",
        issuedOn: "2012-04-03",
        place: "Warsaw",
      }),
    );
    expect(r.state.status === "ok" && r.state.data?.slug).toBe("kz-2012-final-report");
    const ev = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "Document", action: "create", actorLabel: "Eve Editor" },
    });
    expect(ev.cycleId).toBe(cycle.id);
  });

  it("refuses viewers and writes nothing", async () => {
    const viewer = await as("viewer");
    const kz = await db.prisma.country.findUniqueOrThrow({ where: { code: "KZ" } });
    const before = await db.prisma.auditEvent.count();
    const r = await execute(
      createCycleAction.command,
      viewer,
      form({ countryId: kz.id, electionType: "LOCAL", electionDate: "2013-01-01", title: "Local" }),
    );
    expect(r.state.status === "error" && r.state.message).toMatch(/permission/);
    expect(
      (await execute(createCountryAction.command, viewer, form({ code: "AM", name: "Armenia" }))).state.status,
    ).toBe("error");
    expect(await db.prisma.auditEvent.count()).toBe(before);
    expect(await db.prisma.country.count({ where: { code: "AM" } })).toBe(0);
  });

  it("keeps the audit chain and the tables in agreement with the log", async () => {
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
    const report = await verifyTables(db.prisma);
    expect(report.problems).toEqual([]);
  });
});
