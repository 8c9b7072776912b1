import { describe, expect, it } from "vitest";
import { bodyForEditing, bodyWithNames, mentionedIds, mentionLabel, resolveMentions, segments } from "./mentions";
import { mayStillSee, visibleWhere } from "@/lib/notifications/policy";
import { COMMENT_EDIT_WINDOW_MS, mayDiscuss, mayEditComment, mayJoinDiscussions, withinEditWindow } from "./policy";

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
    expect([
      mayDiscuss({ role: "EDITOR" }, []),
      mayDiscuss({ role: "ADMIN" }, []),
      mayDiscuss({ role: "VIEWER" }, ["inst-a"]),
      mayDiscuss(null, ["inst-a"]),
    ]).toEqual([true, true, false, false]);
  });
  it("lets a contributor discuss only while their institution is assigned to the recommendation", () => {
    const cora = { role: "CONTRIBUTOR" as const, institutionId: "inst-a" };
    expect(mayDiscuss(cora, ["inst-b", "inst-a"])).toBe(true);
    expect(mayDiscuss(cora, ["inst-b"])).toBe(false);
    expect(mayDiscuss(cora, [])).toBe(false);
    // Without an institution a contributor discusses nothing; a viewer with one (made a viewer) neither.
    expect(mayDiscuss({ role: "CONTRIBUTOR", institutionId: null }, ["inst-a"])).toBe(false);
    expect(mayDiscuss({ role: "CONTRIBUTOR", institutionId: "" }, [""])).toBe(false);
    expect(mayDiscuss({ role: "VIEWER", institutionId: "inst-a" }, ["inst-a"])).toBe(false);
    // The actions' gate lets focal points through; the recommendation decides in the mutation.
    expect(mayJoinDiscussions(cora)).toBe(true);
    expect(mayJoinDiscussions({ role: "CONTRIBUTOR", institutionId: null })).toBe(false);
    expect(mayJoinDiscussions({ role: "VIEWER" })).toBe(false);
    expect(mayJoinDiscussions(null)).toBe(false);
    expect(mayJoinDiscussions({ role: "EDITOR" })).toBe(true);
  });
  it("shows a mention's notification only while its recipient may discuss the recommendation", () => {
    const cora = { id: "u-cora", role: "CONTRIBUTOR" as const, institutionId: "inst-a" };
    const mention = (assigned: string[]) => ({ kind: "MENTION" as const, assignedInstitutionIds: assigned });
    expect(mayStillSee(cora, mention(["inst-a"]))).toBe(true);
    expect(mayStillSee(cora, mention(["inst-b"]))).toBe(false);
    expect(mayStillSee(cora, { kind: "ASSIGNMENT", assignedInstitutionIds: [] })).toBe(true);
    expect(mayStillSee({ role: "VIEWER" }, mention(["inst-a"]))).toBe(false);
    expect(mayStillSee({ role: "EDITOR" }, mention([]))).toBe(true);
    // The database condition: everything for editors; for a contributor, mentions only on assigned ones; for
    // a viewer no mentions. The rule is under AND, so a caller's own `kind` cannot replace it.
    expect(visibleWhere({ id: "u-ed", role: "EDITOR" })).toEqual({ userId: "u-ed" });
    expect(visibleWhere(cora)).toEqual({
      userId: "u-cora",
      AND: [
        {
          OR: [
            { kind: { not: "MENTION" } },
            { recommendation: { is: { institutions: { some: { institutionId: "inst-a" } } } } },
          ],
        },
      ],
    });
    expect({ ...visibleWhere({ id: "u-v", role: "VIEWER" }), kind: "MENTION" }).toEqual({
      userId: "u-v",
      kind: "MENTION",
      AND: [{ kind: { not: "MENTION" } }],
    });
  });
  it("lets only the author edit, for 15 minutes", () => {
    const c = { authorId: "u1", createdAt: t0 };
    expect(COMMENT_EDIT_WINDOW_MS).toBe(15 * 60_000);
    expect(withinEditWindow(t0, later(COMMENT_EDIT_WINDOW_MS))).toBe(true);
    expect(withinEditWindow(t0, later(COMMENT_EDIT_WINDOW_MS + 1))).toBe(false);
    expect(mayEditComment(c, { id: "u1", role: "EDITOR" }, [], later(60_000))).toBe(true);
    expect(mayEditComment(c, { id: "u2", role: "ADMIN" }, [], later(60_000))).toBe(false);
    expect(mayEditComment(c, { id: "u1", role: "VIEWER" }, [], later(60_000))).toBe(false);
    expect(mayEditComment({ authorId: null, createdAt: t0 }, { id: "u1", role: "EDITOR" }, [], t0)).toBe(false);
    expect(mayEditComment(c, null, [], t0)).toBe(false);
    // A contributor: only while their institution is assigned.
    const cora = { id: "u1", role: "CONTRIBUTOR" as const, institutionId: "inst-a" };
    expect(mayEditComment(c, cora, ["inst-a"], later(60_000))).toBe(true);
    expect(mayEditComment(c, cora, ["inst-b"], later(60_000))).toBe(false);
  });
});
