import { describe, expect, it } from "vitest";
import {
  canAdminister,
  canChangeDraft,
  canContributeTo,
  canDecideDraft,
  canEdit,
  canRead,
  canReview,
  canSeeDraft,
  isContributor,
  type DraftFacts,
  type SessionUser,
} from "./policy";

const user = (role: SessionUser["role"]): SessionUser => ({ id: "u", name: "U", email: "u@example.org", role });

describe("access policy", () => {
  it("reading needs a signed-in user unless PUBLIC_READ is on", () => {
    expect(canRead(null, false)).toBe(false);
    expect(canRead(null, true)).toBe(true);
    expect(canRead(user("VIEWER"), false)).toBe(true);
  });

  it("PUBLIC_READ never grants editing or administration", () => {
    expect(canEdit(null)).toBe(false);
    expect(canAdminister(null)).toBe(false);
  });

  it("editing is for editors and admins, administration for admins only", () => {
    expect([canEdit(user("VIEWER")), canEdit(user("EDITOR")), canEdit(user("ADMIN"))]).toEqual([false, true, true]);
    expect([canAdminister(user("VIEWER")), canAdminister(user("EDITOR")), canAdminister(user("ADMIN"))]).toEqual([
      false,
      false,
      true,
    ]);
  });
});

describe("contributors and review", () => {
  const contributor = (institutionId: string | null = "inst-a", id = "c1"): SessionUser => ({
    ...user("CONTRIBUTOR"),
    id,
    institutionId,
  });
  const draft = (publication: DraftFacts["publication"], authorId: string | null = "c1"): DraftFacts => ({
    authorId,
    publication,
  });

  it("a contributor reads like a viewer and can neither edit nor administer", () => {
    expect(canRead(contributor(), false)).toBe(true);
    expect(canEdit(contributor())).toBe(false);
    expect(canAdminister(contributor())).toBe(false);
    expect(canReview(contributor())).toBe(false);
  });

  it("a contributor starts drafts only on recommendations assigned to their institution", () => {
    expect(canContributeTo(contributor(), ["inst-a", "inst-b"])).toBe(true);
    expect(canContributeTo(contributor(), ["inst-b"])).toBe(false);
    expect(canContributeTo(contributor(), [])).toBe(false);
    // Without an institution the role gives nothing to contribute to.
    expect(canContributeTo(contributor(null), ["inst-a"])).toBe(false);
    expect(isContributor(contributor(null))).toBe(false);
    // Editors record entries directly; viewers and visitors cannot contribute.
    for (const u of [user("EDITOR"), user("ADMIN"), user("VIEWER"), null])
      expect(canContributeTo(u && { ...u, institutionId: "inst-a" }, ["inst-a"])).toBe(false);
  });

  it("only the author changes or submits a draft, and only while it is a draft or returned", () => {
    expect(canChangeDraft(contributor(), draft("DRAFT"))).toBe(true);
    expect(canChangeDraft(contributor(), draft("RETURNED"))).toBe(true);
    expect(canChangeDraft(contributor(), draft("SUBMITTED"))).toBe(false);
    expect(canChangeDraft(contributor(), draft("PUBLISHED"))).toBe(false);
    expect(canChangeDraft(contributor("inst-a", "c2"), draft("DRAFT"))).toBe(false);
    expect(canChangeDraft(user("EDITOR"), draft("DRAFT"))).toBe(false);
    expect(canChangeDraft(null, draft("DRAFT", null))).toBe(false);
  });

  it("editors and admins return or publish submitted drafts; nobody decides a draft twice", () => {
    for (const u of [user("EDITOR"), user("ADMIN")]) {
      expect(canDecideDraft(u, draft("SUBMITTED"))).toBe(true);
      for (const p of ["DRAFT", "RETURNED", "PUBLISHED"] as const) expect(canDecideDraft(u, draft(p))).toBe(false);
    }
    for (const u of [user("VIEWER"), contributor(), null]) expect(canDecideDraft(u, draft("SUBMITTED"))).toBe(false);
  });

  it("an unpublished draft is seen by reviewers and its author only", () => {
    expect(canSeeDraft(user("EDITOR"), draft("DRAFT"))).toBe(true);
    expect(canSeeDraft(user("ADMIN"), draft("SUBMITTED"))).toBe(true);
    expect(canSeeDraft(contributor(), draft("RETURNED"))).toBe(true);
    expect(canSeeDraft(contributor("inst-a", "c2"), draft("SUBMITTED"))).toBe(false);
    expect(canSeeDraft(user("VIEWER"), draft("SUBMITTED"))).toBe(false);
    expect(canSeeDraft(null, draft("SUBMITTED"))).toBe(false);
  });
});
