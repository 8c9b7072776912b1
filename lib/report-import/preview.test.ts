// The preview reads pasted text or a file judged by its bytes, marks items already recorded, and writes
// nothing; viewers and unreadable files are refused with a clear message.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { seededWithUsers } from "@/lib/test/fixtures";
import { findActiveUser } from "@/lib/users/queries";
import { preview } from "./preview";

const SECTION = `B. Other recommendations

Legal framework

12. The legal framework should be reviewed.

13. A new item that the tracker does not have yet.
`;

describe(`report-text preview on ${testEngine}`, () => {
  let db: Database;
  let cycleId: string;
  let users: Awaited<ReturnType<typeof seededWithUsers>>;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    users = await seededWithUsers(db);
    cycleId = (await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2011" } })).id;
  });
  afterAll(async () => {
    await db?.close();
  });

  const form = (fields: Record<string, string | File>) => {
    const f = new FormData();
    f.set("cycleId", cycleId);
    for (const [k, v] of Object.entries(fields)) f.set(k, v);
    return f;
  };

  it("parses pasted text and marks the labels the cycle already records, writing nothing", async () => {
    const events = await db.prisma.auditEvent.count();
    const answer = await preview(await findActiveUser(users.editor.id), form({ text: SECTION }));
    expect(answer.ok && answer.items.map((i) => [i.label, i.section, i.topic])).toEqual([
      ["12", "B. Other recommendations", "Legal framework"],
      ["13", "B. Other recommendations", "Legal framework"],
    ]);
    expect(answer.ok && answer.recorded).toEqual(["12", "13"]); // 2011 records 1–21
    expect(await db.prisma.auditEvent.count()).toBe(events);
  });

  it("reads an uploaded text file by its content and gives its fingerprint", async () => {
    const file = new File([SECTION], "section.pdf", { type: "application/pdf" });
    const answer = await preview(await findActiveUser(users.editor.id), form({ file }));
    expect(answer.ok && answer.source).toEqual({
      fileName: "section.pdf",
      fileSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      kind: "plain text",
      bytes: Buffer.byteLength(SECTION),
    });
  });

  it("refuses viewers, unreadable files and text without items", async () => {
    expect(await preview(await findActiveUser(users.viewer.id), form({ text: SECTION }))).toMatchObject({
      ok: false,
      status: 403,
    });
    const junk = new File([new Uint8Array([0, 1, 2, 255, 0])], "report.pdf");
    expect(await preview(await findActiveUser(users.editor.id), form({ file: junk }))).toMatchObject({
      ok: false,
      status: 415,
      fieldErrors: { file: [expect.stringContaining("not a PDF, a Word document (DOCX) or UTF-8 text")] },
    });
    expect(await preview(await findActiveUser(users.editor.id), form({ text: "Just a sentence." }))).toMatchObject({
      ok: false,
      message: "No numbered recommendations were found in this text.",
    });
  });
});
