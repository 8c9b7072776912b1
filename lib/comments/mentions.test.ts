import { describe, expect, it } from "vitest";
import { bodyForEditing, bodyWithNames, mentionedIds, mentionLabel, resolveMentions, segments } from "./mentions";
import { COMMENT_EDIT_WINDOW_MS, mayDiscuss, mayEditComment, withinEditWindow } from "./policy";

const ada = { id: "cada0000000000000000000001", name: "Ada Admin", email: "ada@x.org" };
const ed1 = { id: "ced00000000000000000000001", name: "Ed Smith", email: "ed.one@x.org" };
const ed2 = { id: "ced00000000000000000000002", name: "Ed Smith", email: "ed.two@x.org" };
const people = [ada, ed1, ed2];

describe("mentions", () => {
  it("stores typed mentions as tokens with user ids, case and spacing forgiven", () => {
    expect(resolveMentions("Hi @[ada  admin], and @[Ada Admin] again", people)).toEqual({
      ok: true,
      body: `Hi <@${ada.id}>, and <@${ada.id}> again`,
      mentionIds: [ada.id],
    });
  });

  it("tells two people of the same name apart by e-mail, and says why a mention is refused", () => {
    expect(mentionLabel(ed2, people)).toBe("@[Ed Smith (ed.two@x.org)]");
    expect(mentionLabel(ada, people)).toBe("@[Ada Admin]");
    expect(resolveMentions("@[Ed Smith (ed.two@x.org)]", people)).toMatchObject({ ok: true, mentionIds: [ed2.id] });
    expect(resolveMentions("@[Ed Smith] and @[Zoe]", people)).toEqual({
      ok: false,
      errors: [
        "Several people are called “Ed Smith”: choose the right one from the Mention list (it adds their e-mail)",
        "No one who takes part in the discussion is called “Zoe”: choose a name from the Mention list",
      ],
    });
  });

  it("refuses hand-typed tokens, except the ones an edited comment already had", () => {
    expect(resolveMentions(`<@${ada.id}> hi`, people)).toMatchObject({ ok: false });
    expect(resolveMentions(`<@${ed1.id}> hi @[Ada Admin]`, [ada], [ed1.id])).toEqual({
      ok: true,
      body: `<@${ed1.id}> hi <@${ada.id}>`,
      mentionIds: [ada.id, ed1.id],
    });
  });

  it("leaves plain @ signs and e-mail addresses alone", () => {
    expect(resolveMentions("write to cec@election.kz @ noon", people)).toEqual({
      ok: true,
      body: "write to cec@election.kz @ noon",
      mentionIds: [],
    });
  });

  it("shows stored mentions by name, and gives them back as typed for editing", () => {
    const body = `Ask <@${ada.id}> and <@${ed2.id}>.`;
    expect(segments(body)).toEqual([
      { kind: "text", text: "Ask " },
      { kind: "mention", userId: ada.id },
      { kind: "text", text: " and " },
      { kind: "mention", userId: ed2.id },
      { kind: "text", text: "." },
    ]);
    expect(mentionedIds(body)).toEqual([ada.id, ed2.id]);
    expect(bodyWithNames(body, (id) => people.find((p) => p.id === id)?.name)).toBe("Ask @Ada Admin and @Ed Smith.");
    expect(bodyWithNames(body, () => undefined)).toBe("Ask @(former user) and @(former user).");
    expect(bodyForEditing(body, people)).toBe("Ask @[Ada Admin] and @[Ed Smith (ed.two@x.org)].");
  });
});

describe("discussion policy", () => {
  const t0 = new Date("2026-12-01T10:00:00Z");
  const later = (ms: number) => new Date(t0.getTime() + ms);
  it("lets editors and admins discuss, not viewers or anonymous visitors", () => {
    expect([mayDiscuss("EDITOR"), mayDiscuss("ADMIN"), mayDiscuss("VIEWER"), mayDiscuss(null)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
  it("lets only the author edit, for 15 minutes", () => {
    const c = { authorId: "u1", createdAt: t0 };
    expect(COMMENT_EDIT_WINDOW_MS).toBe(15 * 60_000);
    expect(withinEditWindow(t0, later(COMMENT_EDIT_WINDOW_MS))).toBe(true);
    expect(withinEditWindow(t0, later(COMMENT_EDIT_WINDOW_MS + 1))).toBe(false);
    expect(mayEditComment(c, { id: "u1", role: "EDITOR" }, later(60_000))).toBe(true);
    expect(mayEditComment(c, { id: "u2", role: "ADMIN" }, later(60_000))).toBe(false);
    expect(mayEditComment(c, { id: "u1", role: "VIEWER" }, later(60_000))).toBe(false);
    expect(mayEditComment({ authorId: null, createdAt: t0 }, { id: "u1", role: "EDITOR" }, t0)).toBe(false);
    expect(mayEditComment(c, null, t0)).toBe(false);
  });
});
