// The action path's answer to an error nobody expected: the typed values come back, the client gets a
// reference and a fixed text (never the error's message), and the server log has the details.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { command, execute } from "./command";

const leaky = "connect ECONNREFUSED 10.20.30.40:5432 (password authentication failed for user tracker)";
const throwing = command({
  name: "test.throws",
  schema: z.object({ title: z.string().min(1) }),
  allow: () => true,
  run: async () => {
    throw new Error(leaky);
  },
  success: () => ({ message: "Saved." }),
});

describe(`unexpected errors in the action path, on ${testEngine}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
  });
  afterAll(async () => {
    await db?.close();
  });
  afterEach(() => vi.restoreAllMocks());

  it("keeps the typed values, shows a reference and no error text, and logs the details", async () => {
    const logged: unknown[][] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args));
    const form = new FormData();
    form.set("title", "A long text the user typed");
    const { state } = await execute(throwing, null, form);
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(state.message).toMatch(/^Something went wrong \(reference [A-Z2-9]{8}\)\. Nothing was saved\.$/);
    expect(state.values.title).toBe("A long text the user typed");
    expect(JSON.stringify(state)).not.toContain("10.20.30.40");
    const reference = /reference ([A-Z2-9]{8})/.exec(state.message)![1]!;
    expect(logged).toHaveLength(1);
    expect(String(logged[0]![0])).toContain(reference);
    expect(logged[0]![1]).toBeInstanceOf(Error);
  });

  it("still answers a validation error as before (the catch does not swallow ordinary answers)", async () => {
    const { state } = await execute(throwing, null, new FormData());
    expect(state.status).toBe("error");
    if (state.status === "error")
      expect(state.message).toBe("Please correct the highlighted fields. Nothing was saved.");
  });
});
