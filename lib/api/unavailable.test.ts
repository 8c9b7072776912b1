// Issue 10: the read API when its database fails (down, restarting): a 500 in the API's JSON shape with a
// reference for the administrator, never the error's text (which names the database and its server).
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
// The test calls the route handlers themselves (the layers rule keeps lib/ code from doing so).
/* eslint-disable no-restricted-imports */
import { GET as cyclesGET } from "@/app/api/v1/cycles/route";
import { GET as recGET } from "@/app/api/v1/recommendations/[id]/route";
/* eslint-enable no-restricted-imports */

describe(`read API with its database gone, on ${testEngine}`, () => {
  it("answers 500 JSON with a reference and no error text", async () => {
    const db = await createTestDatabase();
    useAsAppDatabase(db);
    await db.close(); // PGlite closed; on PostgreSQL the database dropped: every query now fails
    const req = (url: string) =>
      new NextRequest(`http://tracker.test${url}`, { headers: { authorization: "Bearer some-token" } });
    const answers = [
      await cyclesGET(req("/api/v1/cycles")),
      await recGET(req("/api/v1/recommendations/x"), { params: Promise.resolve({ id: "x" }) }),
    ];
    for (const res of answers) {
      expect(res.status).toBe(500);
      expect(res.headers.get("content-type")).toContain("application/json");
      const text = await res.text();
      const body = JSON.parse(text) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("server_error");
      expect(body.error.message).toMatch(
        /^The tracker could not answer just now; try again\. Reference: [A-Z2-9]{8}\.$/,
      );
      for (const leak of ["127.0.0.1", "t_", "closed", "prisma", "Prisma", "postgres", "PGlite"])
        expect(text).not.toContain(leak);
    }
  });
});
