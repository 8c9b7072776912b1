// Report journey: the printable report of 2011, its options, and every download.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures";

test("the 2011 report lists the items in report order with the summary, and switches to the government layout", async ({
  page,
  signInAs,
}) => {
  await signInAs("viewer");
  await page.goto("/reports");
  await page.getByRole("link", { name: "Report: 2011 Early presidential election" }).click();
  await expect(page).toHaveURL(/\/reports\/kz-2011$/);
  await expect(page.getByRole("heading", { level: 1, name: "2011 Early presidential election" })).toBeVisible();
  await expect(page.getByTestId("report-status-on")).toHaveText("Status: latest recorded");
  await expect(page.getByTestId("report-recorded-on")).toHaveText("As currently recorded");
  await expect(page.getByTestId("report-fingerprint")).toHaveText(/^Fingerprint [0-9a-f]{16}$/);
  await expect(page.getByTestId("report-audit-head")).toHaveText(/^Audit chain head: No\. \d+ \([0-9a-f]{12}\)$/);

  // Summary: both lenses, never merged.
  const state = page.getByRole("table", { name: /State’s response \(self-assessment\)/ });
  await expect(state.getByRole("row", { name: /^Total/ })).toContainText("32");
  // The figures of a fixed day are checked below; other journeys add later answers to this shared database.
  await expect(
    page.getByRole("table", { name: /^Independent assessment/ }).getByRole("row", { name: /^Not yet assessed/ }),
  ).toContainText("32");

  // Items, in report order, with the verbatim text and both lenses.
  // Read a part at a time (8 items), with contents listing all 32.
  const items = page.locator("article[data-label]");
  await expect(items).toHaveCount(8);
  const contents = page.getByRole("navigation", { name: "Contents" });
  await expect(contents.getByRole("link", { name: /^Recommendation / })).toHaveCount(32);
  expect((await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-label")))).slice(0, 6)).toEqual([
    "1",
    "2(a)",
    "2(b)",
    "2(c)",
    "2(d)",
    "2(e)",
  ]);
  const r2a = page.locator('article[data-label="2(a)"]');
  await expect(r2a.getByRole("heading", { name: "Recommendation 2(a)" })).toBeVisible();
  await expect(r2a).toContainText("Guaranteeing inclusive composition");
  await expect(r2a).toContainText("revising the way the CEC is appointed,");
  await expect(r2a).toContainText("State’s response: Cannot be accepted");
  await expect(r2a).toContainText("Date of the response: between 13 July 2011 and 30 September 2011");
  await expect(r2a).toContainText("Independent assessment: Not yet assessed");
  await contents.getByRole("link", { name: "Recommendation 16(a)", exact: true }).click();
  await expect(page).toHaveURL(/part=4#item-16-a-/);
  await expect(page.getByRole("heading", { name: "Adjudication of election disputes" })).toBeVisible();
  await expect(page.locator('article[data-label="16(a)"]')).toBeVisible();
  await page.goto("/reports/kz-2011");

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

test("the status on a day before and after the seeded answers, as recorded on a day, go into the report and every download", async ({
  page,
  signInAs,
}) => {
  await signInAs("viewer");
  await page.goto("/reports/kz-2011");
  const state = page.getByRole("table", { name: /State’s response \(self-assessment\)/ });

  // Before the CEC's answers (given between 13 July and 30 September 2011): none yet.
  await page.getByLabel("Status on", { exact: true }).fill("2011-06-01");
  await page.getByRole("button", { name: "Update report" }).click();
  await expect(page).toHaveURL(/on=2011-06-01/);
  await expect(page.getByTestId("report-status-on")).toHaveText("Status on 1 June 2011");
  await expect(state.getByRole("row", { name: /^No response recorded/ })).toContainText("32");
  await expect(page.locator('article[data-label="2(a)"]')).toContainText("State’s response: No response recorded");

  const today = new Date().toISOString().slice(0, 10);
  const todayText = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${today}T00:00:00Z`));
  await page.getByLabel("Status on", { exact: true }).fill("2012-06-01");
  await page.getByLabel("As recorded on", { exact: true }).fill(today);
  await page.getByRole("button", { name: "Update report" }).click();
  await expect(page).toHaveURL(new RegExp(`on=2012-06-01&asOf=${today}`));
  await expect(page.getByTestId("report-status-on")).toHaveText("Status on 1 June 2012");
  await expect(page.getByTestId("report-recorded-on")).toHaveText(`As recorded on ${todayText}`);
  // The "All" column is the one before "Share", whatever the priority groups before it.
  for (const [status, n] of [
    ["Implemented", "11"],
    ["At the stage of implementation", "2"],
    ["Accepted in part", "1"],
    ["Requires further study", "7"],
    ["Cannot be accepted", "11"],
  ]) {
    const cells = state.getByRole("row", { name: new RegExp(`^${status}`) }).getByRole("cell");
    await expect(cells.nth((await cells.count()) - 2)).toHaveText(n!);
  }
  const fingerprint = (await page.getByTestId("report-fingerprint").innerText()).replace("Fingerprint ", "");

  const expected = {
    pdf: "%PDF",
    docx: "PK",
    xlsx: "PK",
    csv: "\uFEFFCycle,",
    json: '{"schema":"odihr-followup-report/2"',
  };
  for (const [format, start] of Object.entries(expected)) {
    const link = page.getByRole("navigation", { name: "Download this report" }).locator(`a[href*="/${format}?"]`);
    await expect(link).toHaveAttribute("href", new RegExp(`on=2012-06-01&asOf=${today}`));
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(`kz-2011-report-${today}-status-on-2012-06-01.${format}`);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.length).toBeGreaterThan(100);
    expect(bytes.subarray(0, Buffer.byteLength(start)).toString("utf8")).toBe(start);
    if (format === "json") {
      const j = JSON.parse(bytes.toString("utf8"));
      expect(j.fingerprint).toBe(fingerprint);
      expect(j.moment).toMatchObject({ on: "2012-06-01", asOf: today, statusText: "Status on 1 June 2012" });
    }
  }

  // The HTTP answer: type, file name, no caching, the same fingerprint, the clocks in every row.
  const res = await page.request.get(`/api/reports/kz-2011/csv?on=2012-06-01&asOf=${today}`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(res.headers()["cache-control"]).toContain("no-store");
  expect(res.headers()["x-report-fingerprint"]).toBe(fingerprint);
  const lines = (await res.text()).split("\r\n").filter(Boolean);
  expect(lines).toHaveLength(33);
  // The recorded clock's cell also names the audit chain head the report was made at.
  const clocks = new RegExp(
    `Status on 1 June 2012,As recorded on ${todayText} \u00b7 Audit chain head: No\\. \\d+ \\([0-9a-f]{12}\\),${fingerprint},`,
  );
  expect(lines.slice(1).every((l) => clocks.test(l))).toBe(true);
});

test("bad options are refused with their names, unknown cycles and formats are not found", async ({
  page,
  signInAs,
}) => {
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
