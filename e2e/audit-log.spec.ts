// The audit history: reading, filtering, the streamed CSV export, and who may see it.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures";
import { expectAccessible } from "./checks";

const COLUMNS = [
  "When (UTC)",
  "Who",
  "What",
  "Record",
  "Recommendation",
  "Cycle",
  "Changes",
  "Reason",
  "event_seq",
  "hash",
  "actor_id",
  "action",
  "entity_type",
  "entity_id",
  "recommendation_id",
  "cycle_id",
  "changes_json",
];
/** The columns people read: no ids there (a cuid), no codes (ACCEPTED_IN_PART). */
const READABLE = COLUMNS.indexOf("Reason") + 1;
const CUID = /\bc[a-z0-9]{24}\b/;
const CODE = /\b[A-Z]{2,}_[A-Z_]+\b/;
const col = (name: string) => COLUMNS.indexOf(name);

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
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit history" })).toBeVisible();

  const table = page.getByRole("table");
  await expect(table).toContainText("System (seed data)");
  await expect(page.getByRole("link", { name: "Older events" })).toBeVisible();
  // Editors do not get account and sign-in events.
  const recordType = page.getByLabel("Type of record");
  await expect(recordType.locator("option", { hasText: "User account" })).toHaveCount(0);
  await expect(page.getByLabel("Action").locator("option", { hasText: "Signed in" })).toHaveCount(0);

  await recordType.selectOption({ label: "State response" });
  await page.getByLabel("Country").selectOption({ label: "Kazakhstan" });
  await page.getByLabel("Election year").fill("2011");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]entityType=StateResponse(&|$)/);
  await expect(page).toHaveURL(/[?&]country=KZ(&|$)/);
  await expect(page).toHaveURL(/[?&]year=2011(&|$)/);
  await expect(page.getByLabel("Type of record")).toHaveValue("StateResponse");

  const bodyRows = table.locator("tbody tr");
  // The 2011 cycle: 32 separately answerable items, each with the CEC's response
  // (other journeys may have recorded more since), 25 events a page, oldest last.
  let shown = 0;
  for (;;) {
    await expect(bodyRows.first()).toBeVisible();
    for (const text of await bodyRows.allInnerTexts()) {
      expect(text).toContain("State response");
      expect(text).toMatch(/2011 · recommendation \d+(\([a-z]\))?/);
      expect(text).not.toMatch(CUID);
      expect(text).not.toMatch(CODE);
    }
    shown += await bodyRows.count();
    const older = page.getByRole("link", { name: "Older events" });
    if ((await older.count()) === 0) break;
    // Wait for the next page itself: counting before it arrives would count this page twice.
    const next = await older.getAttribute("href");
    await older.click();
    await page.waitForURL((url) => url.pathname + url.search === next);
  }
  expect(shown).toBeGreaterThanOrEqual(32);
  // The seeded answers: their status in words, their date as one value.
  const seeded = bodyRows.filter({ hasText: "recommendation 3(a)" }).filter({ hasText: "System (seed data)" });
  await expect(seeded).toHaveCount(1);
  await expect(seeded).toContainText("Date: between 13 July 2011 and 30 September 2011");
  await expect(seeded).toContainText(
    /Status: (Implemented|At the stage of implementation|Accepted in part|Requires further study|Cannot be accepted)/,
  );

  // It fits the page: no sideways scrolling at 1280 px.
  const region = page.getByRole("region", { name: /^Audit events/ });
  expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  // A long value is cut; the event's own page has it in full, a keyboard step away.
  const cut = (await seeded.innerText()).match(/Text: ([^\n]*)…/)?.[1];
  expect(cut, "the response text is shortened").toBeTruthy();
  await seeded.getByRole("link", { name: /^Full text of event No\. \d+$/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/audit\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Audit event No\. \d+$/ })).toBeVisible();
  const text = page
    .getByRole("table", { name: "Changes" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Text", exact: true }) });
  await expect(text).toContainText(cut!);
  expect((await text.innerText()).length).toBeGreaterThan(cut!.length + 40);
  await expect(page.getByRole("link", { name: "2011 · recommendation 3(a)" })).toBeVisible();
  await page.goBack();

  // Each event links to its recommendation, named as a reader knows it.
  await seeded.getByRole("link", { name: "2011 · recommendation 3(a)" }).click();
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
  for (const r of events) {
    expect(r).toHaveLength(COLUMNS.length);
    expect(r[col("entity_type")]).toBe("StateResponse");
    expect(r[col("Record")]).toBe("State response");
    expect(r[col("Recommendation")]).toMatch(/^2011 · \d+(\([a-z]\))?$/);
    expect(r[col("Cycle")]).toBe("Kazakhstan, 2011 · Early presidential election");
    expect(r.slice(0, READABLE).join(" | ")).not.toMatch(CUID);
    expect(r.slice(0, READABLE).join(" | ")).not.toMatch(CODE);
    expect(r[col("recommendation_id")]).toMatch(CUID);
    expect(() => JSON.parse(r[col("changes_json")]!)).not.toThrow();
  }
  const fromSeed = events.filter((r) => r[col("Who")] === "System (seed data)" && r[col("What")] === "Created");
  expect(fromSeed).toHaveLength(32);
  for (const r of fromSeed) expect(r[col("Changes")]).toContain("Date: between 13 July 2011 and 30 September 2011");
  // Oldest first, and UTF-8 intact (the 2011 sources use typographic quotes).
  const seqs = events.map((r) => Number(r[col("event_seq")]));
  expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  expect(events.some((r) => r[col("Changes")]!.includes("“Recommendations”"))).toBe(true);
});

test("invalid filters are named and ignored on the page, refused by the export", async ({ page, signInAs }) => {
  await signInAs("editor");
  await page.goto("/audit?from=2026-13-45&entityType=Nonsense&cycle=kz-2011");
  await expect(page.getByRole("main").getByRole("status")).toContainText("were ignored: Type of record, From date");
  // A link's cycle is kept, by name.
  await expect(page.getByLabel("Only Kazakhstan, 2011 · Early presidential election")).toBeChecked();
  await expect(page.getByRole("table")).toContainText("2011 · recommendation");

  const res = await page.request.get("/api/audit/export?from=2026-13-45");
  expect(res.status()).toBe(400);
  expect((await res.json()).invalid).toEqual(["from"]);

  const ok = await page.request.get("/api/audit/export?entityType=ElectionCycle");
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(ok.headers()["cache-control"]).toContain("no-store");
  expect(ok.headers()["content-disposition"]).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
  const rows = parseCsv((await ok.text()).replace(/^\uFEFF/, ""));
  expect(rows[0]).toEqual(COLUMNS);
  // The four election cycles of the seed, at least, each named.
  expect(rows.length).toBeGreaterThanOrEqual(1 + 4);
  for (const r of rows.slice(1)) {
    expect(r[col("entity_type")]).toBe("ElectionCycle");
    expect(r[col("Record")]).toMatch(/^Election cycle: \d{4} · /);
    expect(r[col("Cycle")]).toMatch(/^Kazakhstan, \d{4} · /);
  }
});

test("administrators alone read account events, named, never by id", async ({ page, signInAs }) => {
  await signInAs("editor");
  const editorCsv = parseCsv(
    (await (await page.request.get("/api/audit/export?entityType=User")).text()).replace(/^\uFEFF/, ""),
  );
  expect(editorCsv).toEqual([COLUMNS]);

  await signInAs("admin");
  await page.goto("/audit");
  await page.getByLabel("Type of record").selectOption({ label: "User account" });
  await page.getByLabel("Action").selectOption({ label: "Signed in" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows.filter({ hasText: "User account: E2E editor" }).first()).toBeVisible();
  for (const text of await rows.allInnerTexts()) {
    expect(text).toContain("Signed in");
    expect(text).toContain("Method: Email and password");
    expect(text).not.toMatch(CUID);
  }
  const seq = (await rows.first().innerText()).match(/No\. (\d+)/)![1];
  expect((await page.goto(`/audit/${seq}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: `Audit event No. ${seq}` })).toBeVisible();
  await signInAs("editor");
  expect((await page.goto(`/audit/${seq}`))?.status()).toBe(404);
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

  expect((await page.goto("/audit/1"))?.status()).toBe(404);

  const exported = await page.request.get("/api/audit/export?entityType=StateResponse");
  expect(exported.status()).toBe(403);
  expect(exported.headers()["content-type"]).toContain("application/json");
  expect(await exported.text()).not.toContain("System (seed data)");
});

test("the audit history reads in Russian: headings, filters, events in words; the export stays English", async ({
  page,
  context,
  signInAs,
  baseURL,
}) => {
  await signInAs("editor");
  // The editor has no language of their own: the switcher's cookie decides (docs/decisions/016-languages.md).
  await context.addCookies([{ name: "locale", value: "ru", url: baseURL! }]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/audit?entityType=StateResponse");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1, name: "Журнал аудита" })).toBeVisible();
  await expect(page.getByLabel("Вид записи")).toHaveValue("StateResponse");
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Когда (UTC)" })).toBeVisible();
  const seeded = table.locator("tbody tr").filter({ hasText: "System (seed data)" }).first();
  await expect(seeded).toContainText("Создано");
  await expect(seeded).toContainText("Ответ государства");
  await expect(seeded).toContainText("Статус:");
  expect(await table.innerText()).not.toMatch(CODE);
  await expect(page.getByText("Выгрузка формируется на английском языке")).toBeVisible();
  await expectAccessible(page);

  const csv = await page.request.get("/api/audit/export?entityType=StateResponse");
  expect((await csv.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(COLUMNS.join(","));
});
