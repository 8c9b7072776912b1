import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema, isEmptyDiff } from "./schema-diff";

describe("prisma/schema.prisma and prisma/migrations", () => {
  it("agree: replaying the migrations yields exactly the schema", async () => {
    const sql = await diffMigrationsToSchema();
    // On failure the message is the SQL a new migration needs:
    // run `npm run migration:new -- <name>` to write it.
    expect(isEmptyDiff(sql), sql).toBe(true);
  });

  it("recognises a non-empty diff", () => {
    expect(isEmptyDiff('CREATE TABLE "x" ();')).toBe(false);
    expect(isEmptyDiff("-- This is an empty migration.\n")).toBe(true);
  });
});
