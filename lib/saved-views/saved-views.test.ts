import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute, type Command } from "@/lib/actions/command";
import type { SessionUser } from "@/lib/auth/policy";
import { verifyTables } from "@/lib/audit/verify-tables";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { seededWithUsers } from "@/lib/test/fixtures";
import { findActiveUser } from "@/lib/users/queries";
import { deleteViewAction, renameViewAction, saveViewAction } from "./actions";
import { viewHref } from "./pages";
import { myViews } from "./queries";

type Cmd = Command<never, unknown>;

describe(`saved views on ${testEngine}`, () => {
  let db: Database;
  let editor: SessionUser;
  let viewer: SessionUser;
  let themeId: string;
  const run = async (cmd: Cmd, user: SessionUser | null, fields: Record<string, string>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    return (await execute(cmd, user, form)).state;
  };
  const save = (user: SessionUser | null, fields: Record<string, string>) =>
    run(saveViewAction.command as never, user, fields);
  const count = () => db.prisma.savedView.count();

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    editor = (await findActiveUser(u.editor.id))!;
    viewer = (await findActiveUser(u.viewer.id))!;
    themeId = (await db.prisma.theme.findUniqueOrThrow({ where: { name: "Media" } })).id;
  });
  afterAll(async () => {
    await db?.close();
  });

  it("keeps a search by theme as the search page parses it: unknown and invalid parameters dropped", async () => {
    const before = await db.prisma.auditEvent.count();
    const state = await save(viewer, {
      name: "Media across cycles",
      page: "SEARCH",
      query: `q=media&theme=${themeId}&status=NOT_A_STATUS&next=https://evil.example&page=3`,
    });
    expect(state.status, JSON.stringify(state)).toBe("ok");
    const row = await db.prisma.savedView.findFirstOrThrow({ where: { userId: viewer.id } });
    expect(row.params).toEqual({ q: "media", theme: themeId });
    expect(await myViews(viewer.id)).toEqual([
      {
        id: row.id,
        name: "Media across cycles",
        page: "Search",
        kind: "SEARCH",
        href: `/search?q=media&theme=${themeId}`,
      },
    ]);
    // Personal preferences, like notification preferences: no audit event, and the tables still equal the log.
    expect(await db.prisma.auditEvent.count()).toBe(before);
    expect((await verifyTables(db.prisma)).ok).toBe(true);
  });

  it("rebuilds every link from the page and its validated values, never from what is stored", () => {
    expect(viewHref("SEARCH", { q: "x", href: "https://evil.example", theme: "../../admin" })).toBe("/search?q=x");
    expect(viewHref("CYCLE", { slug: "kz-2011", status: "IMPLEMENTED", on: "2012-01-01", x: "1" })).toBe(
      "/cycles/kz-2011?status=IMPLEMENTED&on=2012-01-01",
    );
    expect(viewHref("CYCLE", { slug: "//evil.example" })).toBeNull();
    expect(viewHref("CYCLE_DASHBOARD", { slug: "kz-2011", asOf: "2013-05-01", assessor: "NOPE" })).toBe(
      "/dashboards/kz-2011?asOf=2013-05-01",
    );
    expect(viewHref("THEME_DASHBOARD", { themeId: "a".repeat(25), on: "2012-01-01", staleSince: "2012-01-01" })).toBe(
      `/dashboards/themes/${"a".repeat(25)}?on=2012-01-01`,
    );
    expect(viewHref("THEME_DASHBOARD", { themeId: "../admin" })).toBeNull();
    expect(viewHref("DEADLINES", { view: "upcoming", days: "9999" })).toBe("/deadlines?view=upcoming&days=30");
    expect(viewHref("DEADLINES", "not an object")).toBe("/deadlines?view=overdue");
  });

  it("refuses a bad name with one message per field, and writes nothing", async () => {
    const n = await count();
    for (const name of ["", "   ", "x".repeat(81), "<script>alert(1)</script>"]) {
      const state = await save(viewer, { name, page: "SEARCH", query: "q=a" });
      expect(state.status).toBe("error");
      expect(state.status === "error" && state.fieldErrors.name?.length).toBe(1);
    }
    const bad = await save(viewer, { name: "Fine", page: "HOMEPAGE", query: "" });
    expect(bad.status === "error" && bad.fieldErrors.page).toEqual(["Choose a page"]);
    expect(await count()).toBe(n);
  });

  it("keeps names unique per person whatever the case; another person may use the same name", async () => {
    const again = await save(viewer, { name: "  MEDIA across   cycles ", page: "SEARCH", query: "q=b" });
    expect(again.status === "error" && again.fieldErrors.name?.[0]).toMatch(/already have a view named/);
    const other = await save(editor, { name: "Media across cycles", page: "SEARCH", query: "q=c" });
    expect(other.status).toBe("ok");
  });

  it("keeps a cycle's filters with the cycle of the page, and refuses a cycle that does not exist", async () => {
    const ok = await save(viewer, {
      name: "2011 priority, not implemented",
      page: "CYCLE",
      slug: "kz-2011",
      query: "priority=PRIORITY&independent=NOT_IMPLEMENTED&slug=kz-2005",
    });
    expect(ok.status, JSON.stringify(ok)).toBe("ok");
    const links = await myViews(viewer.id, "CYCLE");
    expect(links.map((l) => l.href)).toEqual(["/cycles/kz-2011?independent=NOT_IMPLEMENTED&priority=PRIORITY"]);
    const missing = await save(viewer, { name: "Nowhere", page: "CYCLE", slug: "xx-1900", query: "" });
    expect(missing.status === "error" && missing.fieldErrors.page).toEqual(["This cycle does not exist."]);
    const noSlug = await save(viewer, { name: "Nowhere", page: "CYCLE_DASHBOARD", query: "slug=kz-2011" });
    expect(noSlug.status).toBe("error");
    // A theme's dashboard: the theme of the page, at the moment shown.
    const theme = await save(viewer, {
      name: "Media in 2012",
      page: "THEME_DASHBOARD",
      themeId,
      query: `on=2012-06-01&assessor=ODIHR_MISSION&themeId=${"b".repeat(25)}`,
    });
    expect(theme.status, JSON.stringify(theme)).toBe("ok");
    expect((await myViews(viewer.id, "THEME_DASHBOARD")).map((v) => v.href)).toEqual([
      `/dashboards/themes/${themeId}?on=2012-06-01&assessor=ODIHR_MISSION`,
    ]);
    const gone = await save(viewer, { name: "Gone", page: "THEME_DASHBOARD", themeId: "c".repeat(25), query: "" });
    expect(gone.status === "error" && gone.fieldErrors.page).toEqual(["This theme does not exist."]);
  });

  it("lets only editors keep a view of the deadlines, as the page itself", async () => {
    const refused = await save(viewer, { name: "Soon", page: "DEADLINES", query: "view=upcoming&days=14" });
    expect(refused.status === "error" && refused.fieldErrors.page).toEqual(["You cannot keep a view of this page."]);
    expect((await save(editor, { name: "Soon", page: "DEADLINES", query: "view=upcoming&days=14" })).status).toBe("ok");
    expect((await myViews(editor.id, "DEADLINES")).map((v) => v.href)).toEqual(["/deadlines?view=upcoming&days=14"]);
    expect(await save(null, { name: "Anon", page: "SEARCH", query: "" })).toMatchObject({ status: "error" });
  });

  it("lets only the owner rename or delete a view; to anyone else it does not exist", async () => {
    const [view] = await myViews(viewer.id, "SEARCH");
    const rename = (user: SessionUser, name: string) =>
      run(renameViewAction.command as never, user, { id: view!.id, name });
    const remove = (user: SessionUser) => run(deleteViewAction.command as never, user, { id: view!.id });
    for (const state of [await rename(editor, "Taken over"), await remove(editor)])
      expect(state.status === "error" && state.message).toMatch(/This saved view does not exist/);
    expect((await myViews(editor.id)).map((v) => v.name)).not.toContain("Taken over");
    // Renaming to its own name in another case is fine; to another of one's views is not.
    expect((await rename(viewer, "MEDIA ACROSS CYCLES")).status).toBe("ok");
    const clash = await rename(viewer, "2011 Priority, Not Implemented");
    expect(clash.status === "error" && clash.fieldErrors.name?.[0]).toMatch(/already have a view named/);
    expect((await rename(viewer, "Media, all years")).status).toBe("ok");
    expect((await myViews(viewer.id, "SEARCH")).map((v) => v.name)).toEqual(["Media, all years"]);
    expect((await remove(viewer)).status).toBe("ok");
    expect(await myViews(viewer.id, "SEARCH")).toEqual([]);
    expect((await remove(viewer)).status).toBe("error");
  });
});
