import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/policy";
import { visibleDrafts } from "./visibility";

const person = (role: SessionUser["role"], institutionId: string | null = null): SessionUser => ({
  id: `id-${role}`,
  name: role,
  email: `${role}@example.org`,
  role,
  institutionId,
});

describe("which drafts a person sees", () => {
  it("reviewers see the submitted drafts of everyone", () => {
    expect(visibleDrafts(person("EDITOR"))).toEqual({ publication: "SUBMITTED" });
    expect(visibleDrafts(person("ADMIN"))).toEqual({ publication: "SUBMITTED" });
  });
  it("a contributor sees their own drafts not yet published, submitted or not", () => {
    expect(visibleDrafts(person("CONTRIBUTOR", "inst"))).toEqual({
      authorId: "id-CONTRIBUTOR",
      publication: { not: "PUBLISHED" },
    });
  });
  it("readers and anonymous visitors see none", () => {
    expect(visibleDrafts(person("VIEWER"))).toBeNull();
    // A contributor without an institution (the admin has not set one) is not a focal point of anything.
    expect(visibleDrafts(person("CONTRIBUTOR", null))).toBeNull();
    expect(visibleDrafts(null)).toBeNull();
  });
});
