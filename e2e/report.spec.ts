// Report journey: the printable report of 2011, its options, and every download.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures";

test("the 2011 report lists the items in report order with the summary, and switches to the government layout", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/reports");
  await page.getByRole("link", { name: "Report: 2011 Early presidential election" }).click();
  await expect(page).toHaveURL(/\/reports\/kz-2011$/);
  await expect(page.getByRole("heading", { level: 1, name: "2011 Early presidential election" })).toBeVisible();
  await expect(page.getByText("Current as of generation")).toBeVisible();
  await expect(page.getByTestId("report-fingerprint")).toHaveText(/^Fingerprint [0-9a-f]{16}$/);

  // Summary: both lenses, never merged.
  const state = page.getByRole("table", { name: /State’s response \(self-assessment\)/ });
  await expect(state.getByRole("row", { name: /^Total/ })).toContainText("32");
  await expect(state.getByRole("row", { name: /^Implemented/ })).toContainText("11");
  await expect(page.getByRole("table", { name: /^Independent assessment/ }).getByRole("row", { name: /^Not yet assessed/ })).toContainText("32");

  // Items, in report order, with the verbatim text and both lenses.
  const items = page.locator("article[data-label]");
  await expect(items).toHaveCount(32);
  expect((await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-label")))).slice(0, 6)).toEqual(["1", "2(a)", "2(b)", "2(c)", "2(d)", "2(e)"]);
  const r2a = page.locator('article[data-label="2(a)"]');
  await expect(r2a.getByRole("heading", { name: "Recommendation 2(a)" })).toBeVisible();
  await expect(r2a).toContainText("Guaranteeing inclusive composition");
  await expect(r2a).toContainText("revising the way the CEC is appointed,");
  await expect(r2a).toContainText("State’s response: Cannot be accepted");
  await expect(r2a).toContainText("Independent assessment: Not yet assessed");
  await expect(page.getByRole("heading", { name: "Adjudication of election disputes" })).toBeVisible();

  await page.getByLabel("Layout").selectOption({ label: "Government comments" });
  await page.getByRole("button", { name: "Update report" }).click();
  await expect(page).toHaveURL(/layout=government/);
  const gov = page.locator('article[data-label="2(a)"]');
  await expect(gov.getByText("The CEC standpoint.")).toBeVisible();
  await expect(gov.locator("blockquote")).toHaveClass(/italic/);
  // The standpoint comes first, then the CEC's closing status sentence.
  const text = (await gov.innerText()).replace(/\s+/g, " ");
  expect(text.indexOf("The CEC standpoint.")).toBeGreaterThan(text.indexOf("revising the way the CEC is appointed,"));
  expect(text.indexOf("This recommendation cannot be accepted.")).toBeGreaterThan(text.indexOf("The CEC standpoint."));
});

test("the as-of date and filters go into the report and every download", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/reports/kz-2011");
  const today = new Date().toISOString().slice(0, 10);
  const todayText = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${today}T00:00:00Z`));
  await page.getByLabel("As of").fill(today);
  await page.getByRole("button", { name: "Update report" }).click();
  await expect(page).toHaveURL(new RegExp(`asOf=${today}`));
  await expect(page.getByTestId("report-as-of")).toHaveText(`As of ${todayText} (as recorded in the tracker at the end of that day, UTC)`);
  const fingerprint = (await page.getByTestId("report-fingerprint").innerText()).replace("Fingerprint ", "");

  const expected = { pdf: "%PDF", docx: "PK", xlsx: "PK", csv: "\uFEFFCycle,", json: '{"schema":"odihr-followup-report/1"' };
  for (const [format, start] of Object.entries(expected)) {
    const link = page.getByRole("navigation", { name: "Download this report" }).locator(`a[href*="/${format}?"]`);
    await expect(link).toHaveAttribute("href", new RegExp(`asOf=${today}`));
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(`kz-2011-report-${today}.${format}`);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.length).toBeGreaterThan(100);
    expect(bytes.subarray(0, Buffer.byteLength(start)).toString("utf8")).toBe(start);
    if (format === "json") expect(JSON.parse(bytes.toString("utf8")).fingerprint).toBe(fingerprint);
  }

  // The HTTP answer: type, file name, no caching, the same fingerprint.
  const res = await page.request.get(`/api/reports/kz-2011/csv?asOf=${today}`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(res.headers()["cache-control"]).toContain("no-store");
  expect(res.headers()["x-report-fingerprint"]).toBe(fingerprint);
  expect((await res.text()).split("\r\n").filter(Boolean)).toHaveLength(33);
});

test("bad options are refused with their names, unknown cycles and formats are not found", async ({ page, signInAs }) => {
  await signInAs("viewer");
  const bad = await page.request.get("/api/reports/kz-2011/pdf?asOf=2099-01-01&layout=poster");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).invalid).toEqual(["asOf", "layout"]);
  expect((await page.request.get("/api/reports/kz-1999/pdf")).status()).toBe(404);
  expect((await page.request.get("/api/reports/kz-2011/html")).status()).toBe(404);
});

test("an anonymous visitor gets no report", async ({ page }) => {
  const res = await page.request.get("/api/reports/kz-2011/csv");
  expect([401, 403]).toContain(res.status());
  expect(await res.text()).not.toContain("revising the way");
  await page.goto("/reports/kz-2011");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Freports%2Fkz-2011/);
});
