// The read API called for real: the route handlers' GET functions with a
// request, on a seeded database, every answer's body validated against the
// schema the generated OpenAPI document gives for that path and status.
import { addTranslation } from "@/lib/translations/mutations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { addAssessment, withdrawAssessment } from "@/lib/assessments/mutations";
import { NewAssessmentSchema } from "@/lib/assessments/schema";
import { addFollowUp } from "@/lib/follow-ups/mutations";
import { NewFollowUpSchema } from "@/lib/follow-ups/schema";
import { hashToken, issueApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { attachEvidence } from "@/lib/evidence/mutations";
import { findActiveUser } from "@/lib/users/queries";
import { bulkAssignTheme } from "@/lib/themes/mutations";
import { BulkAssignSchema } from "@/lib/themes/schema";
import { openApiDocument } from "./openapi";
// The test calls the route handlers themselves (the layers rule keeps lib/ code from doing so).
/* eslint-disable no-restricted-imports */
import { GET as cyclesGET } from "@/app/api/v1/cycles/route";
import { GET as cycleGET } from "@/app/api/v1/cycles/[slug]/route";
import { GET as recsGET } from "@/app/api/v1/recommendations/route";
import { GET as recGET } from "@/app/api/v1/recommendations/[id]/route";
import { GET as openapiGET } from "@/app/api/v1/openapi.json/route";
import { GET as evidenceGET } from "@/app/api/evidence/[id]/route";
/* eslint-enable no-restricted-imports */

const ORIGIN = "http://tracker.test";
const doc = openApiDocument(ORIGIN);
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema(doc as object, "openapi");

type Body = Record<string, unknown> & { data?: unknown; error?: { code: string; fields?: Record<string, string[]> } };
/** The response's body, after checking it against the document's schema for this path and status. */
async function checked(res: Response, path: string): Promise<{ status: number; body: Body }> {
  const body = (await res.json()) as Body;
  const op = (doc.paths as Record<string, { get: { responses: Record<string, { content: object }> } }>)[path]!.get;
  const spec = op.responses[String(res.status)];
  if (!spec) throw new Error(`${path} answered ${res.status}, which the OpenAPI document does not describe`);
  const ref = (spec.content as { "application/json": { schema: { $ref: string } } })["application/json"].schema.$ref;
  const validate = ajv.getSchema(`openapi${ref}`)!;
  expect(validate(body), `${path} ${res.status}: ${JSON.stringify(validate.errors)}`).toBe(true);
  return { status: res.status, body };
}

describe(`read API /api/v1 on ${testEngine}`, () => {
  let db: Database;
  let token = "";
  let tokenId = "";
  const ids: Record<string, string> = {};
  const req = (url: string, auth: string | null = token) =>
    new NextRequest(`${ORIGIN}${url}`, { headers: auth ? { authorization: `Bearer ${auth}` } : {} });
  const list = async (qs: string, auth?: string | null) =>
    checked(await recsGET(req(`/api/v1/recommendations${qs}`, auth)), "/recommendations");
  const one = async (id: string) =>
    checked(
      await recGET(req(`/api/v1/recommendations/${id}`), { params: Promise.resolve({ id }) }),
      "/recommendations/{id}",
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    for (const l of ["2(c)", "3(a)"]) ids[l] = await recommendationId(db, "kz-2011", l);
    const issued = await issueApiToken(db.prisma, u.actor(u.admin), { name: "Research group" });
    if (issued.kind !== "ok") throw new Error("token not issued");
    ({ token, id: tokenId } = issued.value);
    const ed = u.actor(u.editor);
    const a = await addAssessment(
      db.prisma,
      ed,
      NewAssessmentSchema.parse({
        recommendationId: ids["3(a)"],
        status: "FULLY_IMPLEMENTED",
        assessorType: "CIVIL_SOCIETY",
        date: "2012-05",
        rationale: "Entered by mistake",
      }),
    );
    if (a.kind !== "ok") throw new Error("assessment not recorded");
    await withdrawAssessment(db.prisma, ed, { id: a.value.id, version: 1, reason: "wrong item" });
    for (const [actionTaken, internal] of [
      ["Round table on the language test", "off"],
      ["Internal: call the ministry", "on"],
    ] as const)
      await addFollowUp(
        db.prisma,
        ed,
        NewFollowUpSchema.parse({ recommendationId: ids["3(a)"], date: "2012-02", actionTaken, internal }),
      );
    for (const name of ["Voter registration", "Candidate registration"]) {
      const themeId = (await db.prisma.theme.findUniqueOrThrow({ where: { name } })).id;
      await bulkAssignTheme(db.prisma, ed, BulkAssignSchema.parse({ recommendationIds: [ids["3(a)"]], themeId }));
    }
  });
  afterAll(async () => {
    await db?.close();
  });

  it("serves an OpenAPI 3.1 document generated from the handlers' schemas", async () => {
    const res = await openapiGET(req("/api/v1/openapi.json", null));
    const body = (await res.json()) as typeof doc;
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths)).toEqual(["/cycles", "/cycles/{slug}", "/recommendations", "/recommendations/{id}"]);
    const params = body.paths["/recommendations"].get.parameters.map((p) => (p as { name: string }).name);
    expect(params).toEqual(["limit", "page", "q", "country", "cycle", "status", "independent"]);
    for (const name of Object.keys(body.components.schemas))
      expect(ajv.getSchema(`openapi#/components/schemas/${name}`)).toBeTruthy();
  });

  it("refuses callers without a valid token or session (401), as the pages do without PUBLIC_READ", async () => {
    for (const auth of [null, "odt_not-a-real-token", "garbage"]) {
      const { status, body } = await list("", auth);
      expect([status, body.error?.code]).toEqual([401, "unauthorized"]);
    }
  });

  it("lists cycles a page at a time, in a stable order, with a next link", async () => {
    const all = await checked(await cyclesGET(req("/api/v1/cycles")), "/cycles");
    const slugs = (all.body.data as { slug: string }[]).map((c) => c.slug);
    expect(slugs).toEqual(["kz-2005", "kz-2007", "kz-2011", "kz-2012"]);
    const p1 = await checked(await cyclesGET(req("/api/v1/cycles?limit=3")), "/cycles");
    const next = (p1.body.pagination as { next: string }).next;
    expect(next).toBe(`${ORIGIN}/api/v1/cycles?limit=3&page=2`);
    const p2 = await checked(await cyclesGET(req(next.slice(ORIGIN.length))), "/cycles");
    expect((p2.body.data as { slug: string }[]).map((c) => c.slug)).toEqual(["kz-2012"]);
    expect((p2.body.pagination as { next: unknown }).next).toBeNull();
    const c = await checked(
      await cycleGET(req("/api/v1/cycles/kz-2011"), { params: Promise.resolve({ slug: "kz-2011" }) }),
      "/cycles/{slug}",
    );
    expect(c.body.data).toMatchObject({ slug: "kz-2011", year: 2011, recommendationsRecorded: 32 });
    const missing = await cycleGET(req("/api/v1/cycles/kz-1999"), { params: Promise.resolve({ slug: "kz-1999" }) });
    expect((await checked(missing, "/cycles/{slug}")).status).toBe(404);
    const bad = await cycleGET(req("/api/v1/cycles/%3Cx%3E"), { params: Promise.resolve({ slug: "<x>" }) });
    expect((await checked(bad, "/cycles/{slug}")).status).toBe(400);
  });

  it("finds 2011 recommendation 3(a) with q=language fluency", async () => {
    const { body } = await list("?q=language%20fluency");
    const found = body.data as { cycle: string; label: string; status: { state: string } }[];
    expect(found.map((r) => `${r.cycle} ${r.label}`)).toContain("kz-2011 3(a)");
    expect(found.find((r) => r.label === "3(a)")!.status.state).toBe("REQUIRES_FURTHER_STUDY");
  });

  it("filters by cycle, country and either status lens, in report order, across pages", async () => {
    const { body } = await list("?cycle=kz-2011&status=CANNOT_BE_ACCEPTED&limit=100");
    const rows = body.data as { label: string; status: { state: string } }[];
    expect(rows).toHaveLength(11);
    expect(rows.every((r) => r.status.state === "CANNOT_BE_ACCEPTED")).toBe(true);
    const all = (await list("?country=KZ&limit=100")).body;
    expect((all.pagination as { total: number }).total).toBe(34);
    const first = await list("?cycle=kz-2011&limit=20");
    const second = await list(`?cycle=kz-2011&limit=20&page=2`);
    const labels = [...(first.body.data as { label: string }[]), ...(second.body.data as { label: string }[])].map(
      (r) => r.label,
    );
    expect(labels.slice(0, 4)).toEqual(["1", "2(a)", "2(b)", "2(c)"]);
    expect(new Set(labels).size).toBe(32);
    expect((await list("?independent=FULLY_IMPLEMENTED")).body.data).toEqual([]);
    expect((await list("?country=AM")).body.data).toEqual([]);
  });

  it("names each recommendation's themes, alphabetical, in the list and in the detail (as the exports do)", async () => {
    const rows = (await list("?cycle=kz-2011&limit=100")).body.data as { label: string; themes: string[] }[];
    expect(rows.filter((r) => r.themes.length > 0).map((r) => [r.label, r.themes])).toEqual([
      ["3(a)", ["Candidate registration", "Voter registration"]],
    ]);
    const d = (await one(ids["3(a)"]!)).body.data as { themes: string[] };
    expect(d.themes).toEqual(["Candidate registration", "Voter registration"]);
    expect(((await one(ids["2(c)"]!)).body.data as { themes: string[] }).themes).toEqual([]);
  });

  it("answers bad parameters with 400 and one message per parameter, never 500", async () => {
    for (const [qs, field] of [
      ["?limit=0", "limit"],
      ["?limit=1000", "limit"],
      ["?limit=ten", "limit"],
      ["?page=-1", "page"],
      ["?status=DONE", "status"],
      ["?country=Kazakhstan", "country"],
      ["?cycle=%27%3B%20drop", "cycle"],
      [`?q=${"x".repeat(201)}`, "q"],
      ["?colour=red", "colour"],
    ] as const) {
      const { status, body } = await list(qs);
      expect([qs, status, Object.keys(body.error?.fields ?? {})]).toEqual([qs, 400, [field]]);
    }
    const bad = await recGET(req("/api/v1/recommendations/x'"), { params: Promise.resolve({ id: "x'" }) });
    expect((await checked(bad, "/recommendations/{id}")).status).toBe(400);
    expect((await one("a".repeat(25))).status).toBe(404);
  });

  it("gives the language of a recommendation's text and its translations, each marked official or working", async () => {
    const before = (await one(ids["2(c)"]!)).body.data as { textLanguage: string; translations: unknown[] };
    expect([before.textLanguage, before.translations]).toEqual(["en", []]);
    const added = await addTranslation(
      db.prisma,
      { id: null, label: "Test" },
      {
        subject: "RECOMMENDATION_TEXT",
        subjectId: ids["2(c)"]!,
        language: "KK",
        kind: "OFFICIAL",
        text: "Ресми аударма",
        translator: "Central Election Commission",
        sourceCitation: "CEC bulletin, 2011",
      },
    );
    expect(added.kind).toBe("ok");
    const d = (await one(ids["2(c)"]!)).body.data as { translations: unknown[] };
    expect(d.translations).toEqual([
      {
        language: "kk",
        kind: "OFFICIAL",
        translator: "Central Election Commission",
        text: "Ресми аударма",
        source: { document: null, citation: "CEC bulletin, 2011" },
      },
    ]);
  });

  it("gives a recommendation with its series: no withdrawn entries, no internal notes for a token", async () => {
    const { body } = await one(ids["3(a)"]!);
    const d = body.data as {
      label: string;
      leadIn: string;
      responses: { status: string; current: boolean }[];
      assessments: unknown[];
      followUps: { actionTaken: string }[];
      followUpCount: number;
    };
    expect(d.label).toBe("3(a)");
    expect(d.leadIn).toMatch(/^Ensuring transparency/);
    expect(d.responses).toEqual([expect.objectContaining({ status: "REQUIRES_FURTHER_STUDY", current: true })]);
    expect(d.assessments).toEqual([]);
    expect(d.followUps.map((f) => f.actionTaken)).toEqual(["Round table on the language test"]);
    expect(d.followUpCount).toBe(1);
    expect(JSON.stringify(body)).not.toMatch(/Internal: call|Entered by mistake|createdBy|version/);
  });

  it("lists an entry's evidence files with their address, which the token downloads; never an internal note's", async () => {
    const editor = (await findActiveUser((await db.prisma.user.findFirstOrThrow({ where: { role: "EDITOR" } })).id))!;
    const attached: Record<string, string> = {};
    for (const actionTaken of ["Round table on the language test", "Internal: call the ministry"]) {
      const f = await db.prisma.followUp.findFirstOrThrow({ where: { actionTaken } });
      const bytes = new TextEncoder().encode(`%PDF-1.4\n% ${actionTaken}\n%%EOF\n`);
      const name = actionTaken.startsWith("Internal") ? "internal-minutes.pdf" : "round-table.pdf";
      const r = await attachEvidence(
        db.prisma,
        { id: editor.id, label: editor.name },
        { entryKind: "followUp", entryId: f.id, bytes, kind: "pdf", name, reason: null },
        editor,
      );
      if (r.kind !== "ok") throw new Error(JSON.stringify(r));
      attached[name] = r.value.id;
    }
    const { body } = await one(ids["3(a)"]!);
    const d = body.data as { followUps: { evidence: { files: { name: string; type: string; url: string }[] } }[] };
    const url = `${ORIGIN}/api/evidence/${attached["round-table.pdf"]}`;
    expect(d.followUps[0]!.evidence.files).toEqual([
      expect.objectContaining({ name: "round-table.pdf", type: "PDF", url }),
    ]);
    expect(JSON.stringify(body)).not.toContain("internal-minutes");
    const get = (id: string, auth: string | null = token) =>
      evidenceGET(req(`/api/evidence/${id}`, auth), { params: Promise.resolve({ id }) });
    const res = await get(attached["round-table.pdf"]!);
    expect([res.status, res.headers.get("content-disposition")]).toEqual([
      200,
      "attachment; filename=\"round-table.pdf\"; filename*=UTF-8''round-table.pdf",
    ]);
    expect((await get(attached["internal-minutes.pdf"]!)).status).toBe(404);
    expect((await get(attached["round-table.pdf"]!, "odt_not-a-real-token")).status).toBe(401);
  });

  it("stores only the token's hash, notes its use, audits issue and revocation, refuses it once revoked", async () => {
    const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.lastUsedAt).not.toBeNull();
    const rows = [await db.sql.query("SELECT * FROM api_tokens"), await db.sql.query("SELECT * FROM audit_events")];
    const dump = JSON.stringify(rows, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v));
    expect(dump).not.toContain(token);
    const admin = await db.prisma.user.findFirstOrThrow({ where: { role: "ADMIN" } });
    expect((await revokeApiToken(db.prisma, { id: admin.id, label: admin.name }, { id: tokenId })).kind).toBe("ok");
    expect((await revokeApiToken(db.prisma, { id: admin.id, label: admin.name }, { id: tokenId })).kind).toBe(
      "not-found",
    );
    const events = await db.prisma.auditEvent.findMany({
      where: { entityType: "ApiToken", entityId: tokenId },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorLabel])).toEqual([
      ["issue", "Ada Admin"],
      ["revoke", "Ada Admin"],
    ]);
    expect(events[0]!.changes).toEqual({ name: { from: null, to: "Research group" } });
    expect((await list("")).status).toBe(401);
  });
});
