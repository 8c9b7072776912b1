// The action path's answer to an error nobody expected: the typed values come back, the client gets a
// reference and a fixed text (never the error's message), and the server log has the details.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { captureLog } from "@/lib/test/log-capture";
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

  it("keeps the typed values, shows a reference and no error text, and logs the details", async () => {
    const capture = captureLog();
    const form = new FormData();
    form.set("title", "A long text the user typed");
    const { state } = await execute(throwing, null, form).finally(capture.restore);
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(state.message).toMatch(/^Something went wrong \(reference [A-Z2-9]{8}\)\. Nothing was saved\.$/);
    expect(state.values.title).toBe("A long text the user typed");
    expect(JSON.stringify(state)).not.toContain("10.20.30.40");
    const reference = /reference ([A-Z2-9]{8})/.exec(state.message)![1]!;
    // One structured line with the reference, where it happened and the error with its message (server side only).
    const lines = capture.lines.filter((l) => l.event === "unexpected");
    expect(lines).toEqual([expect.objectContaining({ level: "error", reference, where: "action test.throws" })]);
    expect((lines[0]!.err as { message: string; stack: string }).message).toBe(leaky);
    expect(capture.raw.join("")).not.toContain("A long text the user typed");
  });

  it("still answers a validation error as before (the catch does not swallow ordinary answers)", async () => {
    const { state } = await execute(throwing, null, new FormData());
    expect(state.status).toBe("error");
    if (state.status === "error")
      expect(state.message).toBe("Please correct the highlighted fields. Nothing was saved.");
  });
});
