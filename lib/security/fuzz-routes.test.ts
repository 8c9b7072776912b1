// Property tests (fast-check) of the route handlers that read the session: the audit CSV, the report
// downloads, a document's file (download and upload), the report-import preview and next-auth's endpoint.
// Random paths, queries, bodies and headers, as anonymous, each role, a deactivated user and a forged
// cookie. Every answer is under 500, read to its end, tells nothing about the server; a refused upload
// writes nothing.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inRequestScope, sessionCookie, TEST_SECRET } from "@/lib/test/fuzz/request-scope";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import type { Database } from "@/lib/db/client";
import { seededWithUsers } from "@/lib/test/fixtures";
import { setActive } from "@/lib/users/admin-mutations";
import { snapshot } from "@/lib/test/fuzz/world";
import {
  checkResponse,
  describeRequest,
  enc,
  noiseHeaders,
  ORIGIN,
  queryArbitrary,
  segment,
  url,
} from "@/lib/test/fuzz/requests";
import { FUZZ_SEED, hostile, partialDate, runs } from "@/lib/test/fuzz/values";
// The test calls the route handlers themselves (the layers rule keeps lib/ code from doing so).
/* eslint-disable no-restricted-imports */
import { GET as auditGET } from "@/app/api/audit/export/route";
import { GET as reportGET } from "@/app/api/reports/[slug]/[format]/route";
import { GET as fileGET, POST as filePOST } from "@/app/documents/[slug]/file/route";
import { POST as previewPOST } from "@/app/api/report-import/preview/route";
import { GET as authGET, POST as authPOST } from "@/app/api/auth/[...nextauth]/route";
/* eslint-enable no-restricted-imports */

process.env.NEXTAUTH_SECRET = TEST_SECRET;

describe(`property tests of the session routes on ${testEngine}`, () => {
  let db: Database;
  let cookies: string[] = [];
  let docSlugs: string[] = [];
  let cycleIds: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    await setActive(db.prisma, u.actor(u.admin), { userId: u.editor2.id, active: false, reason: "left" });
    const users = await db.prisma.user.findMany({
      where: { id: { in: [u.admin.id, u.editor.id, u.viewer.id, u.editor2.id] } },
    });
    cookies = [...(await Promise.all(users.map(sessionCookie))), "next-auth.session-token=forged.jwt.value", ""];
    docSlugs = (await db.prisma.document.findMany({ take: 3, select: { slug: true } })).map((d) => d.slug);
    cycleIds = (await db.prisma.electionCycle.findMany({ take: 3, select: { id: true } })).map((c) => c.id);
  }, 300_000); // seeding takes minutes on a loaded machine
  afterAll(async () => {
    await db?.close();
  });

  const cookie = () => fc.constantFrom(0, 0, 1, 1, 2, 3, 4, 5).map((i) => cookies[i]!);
  /** Calls the handler inside a request scope with this cookie; checks the answer. */
  const send = async (req: Request, handler: () => Promise<Response>, writes = false) => {
    const before = writes ? await snapshot(db) : null;
    const res = await inRequestScope(req, handler);
    const { status } = await checkResponse(res, describeRequest(req));
    if (before && status >= 400)
      expect(await snapshot(db), `${describeRequest(req)} wrote on a refusal`).toEqual(before);
  };
  const headers = (c: string, noise: Record<string, string>, extra: Record<string, string> = {}) => ({
    ...noise,
    ...(c ? { cookie: c } : {}),
    ...extra,
  });

  it("GET audit export and report downloads", async () => {
    const auditKeys = ["actor", "entityType", "action", "cycle", "country", "year", "from", "to", "before"];
    const reportKeys = ["on", "asOf", "since", "content", "layout", "status", "independent", "paper"];
    const valid = fc.oneof(partialDate, fc.constantFrom("kz-2011", "KZ", "2011", "Assessment", "create", "1", "all"));
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        cookie(),
        queryArbitrary([...auditKeys, ...reportKeys], valid),
        segment(["kz-2011", "kz-2005"]),
        fc.oneof({ weight: 4, arbitrary: fc.constantFrom("json", "csv", "xlsx") }, { weight: 1, arbitrary: hostile }),
        noiseHeaders,
        async (audit, c, query, slug, format, noise) => {
          const path = audit ? "/api/audit/export" : `/api/reports/${enc(slug)}/${enc(format)}`;
          const req = new Request(url(path, query), { headers: headers(c, noise) });
          await send(req, () =>
            audit ? auditGET(req) : reportGET(req, { params: Promise.resolve({ slug, format }) }),
          );
        },
      ),
      { numRuns: runs(30), seed: FUZZ_SEED, endOnFailure: true },
    );
  });

  it("GET and POST a document's file; POST the report-import preview", async () => {
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 3000 }).map((b) => Buffer.from(b)),
      hostile.map((s) => Buffer.from(s.replace(/[\uD800-\uDFFF]/g, "?"))),
      fc.constantFrom(Buffer.from("%PDF-1.4\n%%EOF"), Buffer.from("PK\u0003\u0004garbage")),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("get", "upload", "preview"),
        cookie(),
        segment(docSlugs),
        fc.record({ name: hostile, reason: hostile, text: hostile, cycleId: fc.constantFrom(...cycleIds, "x") }),
        body,
        fc.constantFrom(ORIGIN, "http://evil.example", ""),
        fc.constantFrom("multipart", "raw", "lie"),
        async (kind, c, slug, fields, bytes, origin, encoding) => {
          const path = kind === "preview" ? "/api/report-import/preview" : `/documents/${enc(slug)}/file`;
          const form = new FormData();
          form.set("file", new File([bytes], fields.name.slice(0, 200) || "f.pdf"));
          for (const k of ["reason", "text", "cycleId"] as const) form.set(k, fields[k]);
          const multipart = new Request(url(path), { method: "POST", body: form });
          const raw = encoding === "multipart" ? Buffer.from(await multipart.arrayBuffer()) : bytes;
          const extra: Record<string, string> = { host: "tracker.test", "content-length": String(raw.length) };
          if (origin) extra.origin = origin;
          if (encoding !== "raw") extra["content-type"] = multipart.headers.get("content-type")!;
          if (encoding === "lie") extra["content-length"] = "12";
          const init = { method: kind === "get" ? "GET" : "POST", headers: headers(c, {}, extra) };
          const req = new Request(url(path), kind === "get" ? { headers: headers(c, {}) } : { ...init, body: raw });
          const params = { params: Promise.resolve({ slug }) };
          await send(
            req,
            () =>
              kind === "get" ? fileGET(req, params) : kind === "upload" ? filePOST(req, params) : previewPOST(req),
            kind !== "get",
          );
        },
      ),
      { numRuns: runs(30), seed: FUZZ_SEED + 1, endOnFailure: true },
    );
  });

  it("next-auth's endpoint: any action, any body, within its body limit", async () => {
    const action = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constantFrom(["session"], ["csrf"], ["providers"], ["signout"], ["signin"]) as fc.Arbitrary<
          string[]
        >,
      },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          ["callback", "credentials"],
          ["signin", "credentials"],
          ["callback", "oidc"],
        ) as fc.Arbitrary<string[]>,
      },
      {
        weight: 1,
        arbitrary: fc.array(
          hostile.map((s) => s.slice(0, 100)),
          { minLength: 1, maxLength: 3 },
        ),
      },
    );
    const body = fc.oneof(
      fc
        .record({ email: hostile, password: hostile, csrfToken: hostile, callbackUrl: hostile })
        .map((r) => new URLSearchParams(Object.entries(r).map(([k, v]) => [k, v.slice(0, 2000)])).toString()),
      fc.constantFrom("", "a=%FF%FE&&=", "x".repeat(20_000), "email=ada.admin%40test.example&password=x", "{", "[1]"),
    );
    const type = fc.constantFrom("application/x-www-form-urlencoded", "application/json", "text/plain");
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        action,
        cookie(),
        body,
        type,
        queryArbitrary(["callbackUrl", "error"], hostile),
        async (post, nextauth, c, b, t, query) => {
          const path = `/api/auth/${nextauth.map(enc).join("/")}`;
          const h = headers(c, {}, post ? { "content-type": t } : {});
          const req = new Request(url(path, query), post ? { method: "POST", headers: h, body: b } : { headers: h });
          const ctx = { params: Promise.resolve({ nextauth }) };
          await send(req, () => (post ? authPOST(req, ctx) : authGET(req, ctx)));
        },
      ),
      { numRuns: runs(30), seed: FUZZ_SEED + 2, endOnFailure: true },
    );
  });
});
