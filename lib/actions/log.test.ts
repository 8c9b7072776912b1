// The action path logs what it refuses and what it saves, with the action's name and the user's id, and never
// what was typed: driven through `execute` with the real logger writing to a list.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { captureLog } from "@/lib/test/log-capture";
import { findActiveUser } from "@/lib/users/queries";
import { addFollowUpAction } from "@/lib/follow-ups/actions";
import { execute } from "./command";

describe(`action log lines, on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let rec: string;
  let capture: ReturnType<typeof captureLog>;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
    rec = await recommendationId(db, "kz-2011", "7(a)");
  });
  afterAll(async () => {
    await db?.close();
  });
  afterEach(() => capture?.restore());

  const form = (fields: Record<string, string>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.set(k, v);
    return f;
  };

  it("logs a refused action as a warning with the action, the user and no form values", async () => {
    const viewer = await findActiveUser(u.viewer.id);
    capture = captureLog();
    const { state } = await execute(
      addFollowUpAction.command,
      viewer,
      form({ recommendationId: rec, date: "2012-03-01", actionTaken: "Secret plan of the viewer" }),
    );
    expect(state.status).toBe("error");
    const refused = capture.lines.filter((l) => l.event === "action.refused");
    expect(refused).toEqual([
      expect.objectContaining({ level: "warn", action: "addFollowUp", userId: u.viewer.id, reason: "not permitted" }),
    ]);
    expect(capture.raw.join("")).not.toContain("Secret plan");
    expect(await db.prisma.followUp.count({ where: { actionTaken: "Secret plan of the viewer" } })).toBe(0);
  });

  it("logs invalid input with the field names only, and a saved change at info", async () => {
    const editor = await findActiveUser(u.editor.id);
    capture = captureLog();
    await execute(addFollowUpAction.command, editor, form({ recommendationId: rec, date: "not a date" }));
    const invalid = capture.lines.find((l) => l.event === "action.invalid");
    expect(invalid).toMatchObject({ level: "info", action: "addFollowUp", userId: u.editor.id });
    expect(invalid!.fields).toEqual(expect.arrayContaining(["actionTaken"]));
    expect(capture.raw.join("")).not.toContain("not a date");

    const { state } = await execute(
      addFollowUpAction.command,
      editor,
      form({ recommendationId: rec, date: "2012-03-01", actionTaken: "Logged change" }),
    );
    expect(state.status).toBe("ok");
    expect(capture.lines.filter((l) => l.event === "action.done")).toEqual([
      expect.objectContaining({ level: "info", action: "addFollowUp", userId: u.editor.id }),
    ]);
  });
});
