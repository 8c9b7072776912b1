// The action path's answers to a stale form, as the user reads them: who
// changed what (in words, not codes or ids), both versions where both changed
// the same thing, and a rebased form at the current version.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { findActiveUser } from "@/lib/users/queries";
import { correctResponseAction } from "@/lib/responses/actions";
import { STATE_RESPONSE } from "@/lib/vocab";
import { execute } from "./command";

describe(`stale forms through the action path, on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let id: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
    const rec = await recommendationId(db, "kz-2011", "7(a)");
    id = (await db.prisma.stateResponse.findFirstOrThrow({ where: { recommendationId: rec } })).id;
  });
  afterAll(async () => {
    await db?.close();
  });

  let opened: Record<string, string>;
  let theirs: string;
  let mine: string;
  beforeAll(async () => {
    // What the correction form submits when opened on the seeded entry (version 1).
    const r = await db.prisma.stateResponse.findUniqueOrThrow({ where: { id } });
    opened = {
      id,
      version: "1",
      status: r.status,
      text: r.text ?? "",
      statusSentence: r.statusSentence ?? "",
      documentId: r.documentId ?? "",
      location: r.location ?? "",
      sourceUrl: "",
      date: "",
      notBefore: "2011-07-13",
      notAfter: "2011-09-30",
      dateNote: r.dateNote ?? "",
    };
    [theirs, mine] = ["ACCEPTED_IN_PART", "IMPLEMENTED", "REQUIRES_FURTHER_STUDY"].filter((s) => s !== r.status) as [
      string,
      string,
    ];
  });
  const form = (over: Record<string, string>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries({ ...opened, ...over })) f.set(k, v);
    return f;
  };

  it("names the other person's change in words and shows both versions; the form comes back rebased", async () => {
    const [eve, ed] = await Promise.all([findActiveUser(u.editor.id), findActiveUser(u.editor2.id)]);
    const first = await execute(
      correctResponseAction.command,
      ed,
      form({ status: theirs, reason: "Re-read", location: "p. 9" }),
    );
    expect(first.state.status).toBe("ok");
    const { state } = await execute(
      correctResponseAction.command,
      eve,
      form({ status: mine, reason: "Mine", notBefore: "", notAfter: "", date: "2011-08" }),
    );
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(state.message).toMatch(/^Not saved: Ed Second changed this record after you opened this form\./);
    expect(state.conflict?.conflicts).toEqual([
      {
        field: "status",
        label: "Status",
        mine: STATE_RESPONSE[mine as "IMPLEMENTED"].label,
        theirs: STATE_RESPONSE[theirs as "IMPLEMENTED"].label,
        theirsForm: { status: theirs },
      },
    ]);
    expect(state.conflict?.changes).toEqual(
      expect.arrayContaining([
        { field: "status", label: "Status", value: STATE_RESPONSE[theirs as "IMPLEMENTED"].label, by: "Ed Second" },
        { field: "location", label: "Page or section", value: "p. 9", by: "Ed Second" },
      ]),
    );
    // Their page reference, my date and status, at the current version.
    expect(state.values).toMatchObject({
      version: "2",
      location: "p. 9",
      status: mine,
      date: "2011-08",
      notBefore: "",
      notAfter: "",
    });
  });

  it("saves on top of the other change when the fields differ, and says so", async () => {
    const eve = await findActiveUser(u.editor.id);
    const v2 = { version: "2", status: theirs, location: "p. 9" };
    const { state } = await execute(correctResponseAction.command, eve, form({ ...v2, dateNote: "Checked" }));
    expect(state).toMatchObject({ status: "ok" });
    const { state: again } = await execute(correctResponseAction.command, eve, form({ ...v2, location: "p. 10" }));
    expect(again.status === "ok" && again.message).toBe(
      "The response was corrected; the earlier version stays in the history. Meanwhile you (in another tab or window) had changed note on the date; your changes were saved on top of theirs.",
    );
  });
});
