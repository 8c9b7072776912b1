// The audit history: reading, filtering, the streamed CSV export, and who may see it.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures";

const COLUMNS = ["seq", "occurred_at", "actor", "actor_id", "action", "entity_type", "entity_id", "cycle_id", "recommendation_id", "reason", "changes", "hash"];

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  expect(quoted, "every quoted cell is closed").toBe(false);
  expect(cell === "" && row.length === 0, "the file ends with CRLF").toBe(true);
  return rows;
}

test("an editor reads, filters and exports the audit history", async ({ page, signInAs }) => {
  await signInAs("editor");
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit history" })).toBeVisible();

  const table = page.getByRole("table");
  await expect(table).toContainText("System (seed data)");
  await expect(page.getByRole("link", { name: "Older events" })).toBeVisible();
  // Editors do not get account and sign-in events.
  const entityType = page.getByLabel("Entity type");
  await expect(entityType.locator("option", { hasText: "User account" })).toHaveCount(0);

  await entityType.selectOption("StateResponse");
  await page.getByLabel("Cycle").selectOption("kz-2011");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]entityType=StateResponse(&|$)/);
  await expect(page).toHaveURL(/[?&]cycle=kz-2011(&|$)/);
  await expect(page.getByLabel("Entity type")).toHaveValue("StateResponse");

  const bodyRows = table.locator("tbody tr");
  // The 2011 cycle: 32 separately answerable items, each with the CEC's response
  // (other journeys may have recorded more since).
  await expect(bodyRows.first()).toBeVisible();
  const shown = await bodyRows.count();
  expect(shown).toBeGreaterThanOrEqual(32);
  await expect(page.getByRole("link", { name: "Older events" })).toHaveCount(0);
  for (const text of await bodyRows.allInnerTexts()) expect(text).toContain("State response");
  // Each event links to its recommendation.
  await bodyRows.first().getByRole("link", { name: "State response" }).click();
  await expect(page).toHaveURL(/\/recommendations\/[a-z0-9]+$/);
  await page.goBack();

  const exportLink = page.getByRole("link", { name: /^Export CSV/ });
  await expect(exportLink).toHaveAttribute("href", /^\/api\/audit\/export\?.*entityType=StateResponse/);
  const [download] = await Promise.all([page.waitForEvent("download"), exportLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.subarray(3).toString("utf8"));
  expect(rows[0]).toEqual(COLUMNS);
  const events = rows.slice(1);
  expect(events).toHaveLength(shown);
  const col = (name: string) => COLUMNS.indexOf(name);
  for (const r of events) {
    expect(r).toHaveLength(COLUMNS.length);
    expect(r[col("entity_type")]).toBe("StateResponse");
    expect(() => JSON.parse(r[col("changes")]!)).not.toThrow();
  }
  expect(events.filter((r) => r[col("actor")] === "System (seed data)" && r[col("action")] === "create")).toHaveLength(32);
  // Oldest first, and UTF-8 intact (the 2011 sources use typographic quotes).
  const seqs = events.map((r) => Number(r[col("seq")]));
  expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  expect(events.some((r) => r[col("changes")]!.includes("“Recommendations”"))).toBe(true);
});

test("invalid filters are named and ignored on the page, refused by the export", async ({ page, signInAs }) => {
  await signInAs("editor");
  await page.goto("/audit?from=2026-13-45&entityType=Nonsense&cycle=kz-2011");
  await expect(page.getByRole("main").getByRole("status")).toContainText("were ignored: Entity type, From date");
  await expect(page.getByLabel("Cycle")).toHaveValue("kz-2011");

  const res = await page.request.get("/api/audit/export?from=2026-13-45");
  expect(res.status()).toBe(400);
  expect((await res.json()).invalid).toEqual(["from"]);

  const ok = await page.request.get("/api/audit/export?entityType=ElectionCycle");
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(ok.headers()["cache-control"]).toContain("no-store");
  expect(ok.headers()["content-disposition"]).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
  const lines = (await ok.text()).replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  // The four election cycles of the seed, at least.
  expect(lines.length).toBeGreaterThanOrEqual(1 + 4);
  for (const line of lines.slice(1)) expect(line).toMatch(/^\d+,[^,]+,[^,]*,[^,]*,\w+,ElectionCycle,/);
});

test("viewers and anonymous visitors cannot read or export the audit history", async ({ page, signInAs }) => {
  const anonymous = await page.request.get("/api/audit/export");
  expect(anonymous.status()).toBe(403);
  expect(((await anonymous.json()) as { error: string }).error).toBeTruthy();
  expect((await page.goto("/audit"))?.status()).toBe(404);

  await signInAs("viewer");
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Audit" })).toHaveCount(0);
  const res = await page.goto("/audit");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();

  const exported = await page.request.get("/api/audit/export?entityType=StateResponse");
  expect(exported.status()).toBe(403);
  expect(exported.headers()["content-type"]).toContain("application/json");
  expect(await exported.text()).not.toContain("System (seed data)");
});
