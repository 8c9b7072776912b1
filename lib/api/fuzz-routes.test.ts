// Property tests (fast-check) of the read API and the public downloads: random paths, query strings and
// headers, with a valid, a revoked, a malformed or no API token. Every answer is under 500, read to its
// end, and its error text tells nothing about the server.
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { NextRequest } from "next/server";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { seededWithUsers } from "@/lib/test/fixtures";
import { issueApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { fieldsOf } from "@/lib/test/fuzz/forms";
import {
  checkResponse,
  describeRequest,
  enc,
  noiseHeaders,
  queryArbitrary,
  segment,
  url,
} from "@/lib/test/fuzz/requests";
import { FUZZ_SEED, hostile, runs } from "@/lib/test/fuzz/values";
import { RecommendationsQuery } from "./schema";
// The test calls the route handlers themselves (the layers rule keeps lib/ code from doing so).
/* eslint-disable no-restricted-imports */
import { GET as cyclesGET } from "@/app/api/v1/cycles/route";
import { GET as cycleGET } from "@/app/api/v1/cycles/[slug]/route";
import { GET as recsGET } from "@/app/api/v1/recommendations/route";
import { GET as recGET } from "@/app/api/v1/recommendations/[id]/route";
import { GET as openapiGET } from "@/app/api/v1/openapi.json/route";
import { GET as templateGET } from "@/app/api/templates/recommendation-texts/route";
/* eslint-enable no-restricted-imports */

describe(`property tests of the read API on ${testEngine}`, () => {
  let db: Database;
  const tokens: string[] = [];
  let recIds: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    for (const name of ["Valid", "Revoked"]) {
      const issued = await issueApiToken(db.prisma, u.actor(u.admin), { name });
      if (issued.kind !== "ok") throw new Error("token not issued");
      tokens.push(issued.value.token);
      if (name === "Revoked") await revokeApiToken(db.prisma, u.actor(u.admin), { id: issued.value.id });
    }
    recIds = (await db.prisma.recommendation.findMany({ take: 4, select: { id: true } })).map((r) => r.id);
  }, 300_000); // seeding takes minutes on a loaded machine
  afterAll(async () => {
    await db?.close();
  });

  const authorization = () =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constant(`Bearer ${tokens[0]}`) },
      { weight: 1, arbitrary: fc.constant(`Bearer ${tokens[1]}`) },
      { weight: 1, arbitrary: fc.constant(null) },
      {
        weight: 2,
        arbitrary: fc.oneof(
          fc.constantFrom("Bearer", "Bearer ", "Basic dXNlcjpwYXNz", `bearer ${tokens[0]}`, `Bearer ${tokens[0]}x`),
          hostile.map((s) => `Bearer ${s.replace(/[^\x20-\x7e]/g, "").slice(0, 5000)}`),
        ),
      },
    );
  const listKeys = Object.keys(fieldsOf(RecommendationsQuery));
  const validValue = fc.constantFrom("1", "2", "50", "kz-2011", "KZ", "IMPLEMENTED", "election", "true", "2012-01-01");

  it("GET /api/v1/*: every answer is under 500 and its error tells nothing about the server", async () => {
    const route = fc.constantFrom("cycles", "cycle", "recommendations", "recommendation", "openapi", "template");
    await fc.assert(
      fc.asyncProperty(
        route,
        authorization(),
        queryArbitrary(listKeys, validValue),
        segment(["kz-2011", "kz-2005", "KZ-2011", ...recIds]),
        noiseHeaders,
        async (r, auth, query, param, noise) => {
          const path = { cycles: "/api/v1/cycles", cycle: `/api/v1/cycles/${enc(param)}` };
          const p =
            (path as Record<string, string>)[r] ??
            (r === "recommendation" ? `/api/v1/recommendations/${enc(param)}` : `/api/v1/${r}`);
          const req = new NextRequest(url(p, query), {
            headers: { ...noise, ...(auth ? { authorization: auth } : {}) },
          });
          const res =
            r === "cycles"
              ? await cyclesGET(req)
              : r === "cycle"
                ? await cycleGET(req, { params: Promise.resolve({ slug: param }) })
                : r === "recommendations"
                  ? await recsGET(req)
                  : r === "recommendation"
                    ? await recGET(req, { params: Promise.resolve({ id: param }) })
                    : r === "openapi"
                      ? openapiGET(req)
                      : templateGET();
          await checkResponse(res, describeRequest(req));
        },
      ),
      { numRuns: runs(60), seed: FUZZ_SEED, endOnFailure: true },
    );
  });
});
