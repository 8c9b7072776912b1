// Dashboards: both lenses per cycle, drill-down lists, both clocks ("Status on",
// "As recorded on"), pages, shareable URLs.
// Other journeys share this database and may add assessments or follow-ups,
// so expectations are derived from the pages (the cycle page, the cells)
// rather than hard-coded, except what no journey changes: the seeded answers
// on the 2011 report, dated up to 30 September 2011 (journeys record new
// entries, dated later, and never change those).
import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const STATE = [
  ["IMPLEMENTED", "Implemented"],
  ["AT_STAGE_OF_IMPLEMENTATION", "At the stage of implementation"],
  ["ACCEPTED_IN_PART", "Accepted in part"],
  ["REQUIRES_FURTHER_STUDY", "Requires further study"],
  ["CANNOT_BE_ACCEPTED", "Cannot be accepted"],
  ["NO_RESPONSE", "No response recorded"],
] as const;

/** The leading number of a table cell ("11 recommendations: …" → 11). */
async function numberIn(cell: Locator): Promise<number> {
  const text = (await cell.innerText()).trim();
  const n = Number.parseInt(text, 10);
  expect(Number.isNaN(n), `a number in "${text}"`).toBe(false);
  return n;
}

function countCell(page: Page, table: Locator, rowHeader: string): Locator {
  return table
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: rowHeader, exact: true }) })
    .getByRole("cell")
    .first();
}

/** The state lens of a cycle dashboard, status label → count. */
async function stateCounts(page: Page): Promise<Record<string, number>> {
  const table = page.getByRole("table", { name: "State\u2019s response", exact: true });
  const counts: Record<string, number> = {};
  for (const [, label] of STATE) counts[label] = await numberIn(countCell(page, table, label));
  return counts;
}

test("the overview shows the four cycles under their country, on one page", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboards" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboards" })).toBeVisible();
  const summary = page.getByRole("table", { name: /Recommendations recorded and shares implemented/ });
  await expect(summary.getByRole("rowheader", { name: "Kazakhstan", exact: true })).toBeVisible();
  for (const name of [
    "2005 Presidential election",
    "2007 Parliamentary (Mazhilis) elections",
    "2011 Early presidential election",
    "2012 Early parliamentary (Mazhilis) elections",
  ]) {
    await expect(summary.getByRole("rowheader", { name, exact: true })).toBeVisible();
  }
  expect(await numberIn(countCell(page, summary, "2011 Early presidential election"))).toBe(32);
  // The sources' claims are shown as claims, apart from the counts.
  await expect(
    page
      .getByRole("region", { name: "Claims about the cycles" })
      .getByText(/Claim by/)
      .first(),
  ).toBeVisible();
  // Four cycles fit on one page: no page links.
  await expect(page.getByRole("navigation", { name: "Pages of cycles" })).toHaveCount(0);

  // A broken page number is named and ignored; a page past the end does not exist.
  await page.goto("/dashboards?page=first");
  await expect(page.getByRole("main").getByRole("status")).toContainText("Ignored an invalid option: Page");
  await expect(summary.getByRole("rowheader", { name: "2011 Early presidential election", exact: true })).toBeVisible();
  expect((await page.goto("/dashboards?page=2"))?.status()).toBe(404);
});

test("the 2011 dashboard counts each state response as the cycle page lists it", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/dashboards");
  await page.getByRole("link", { name: "2011 Early presidential election" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard: 2011 Early presidential election");
  const counts = await stateCounts(page);
  expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(32);
  for (const [code, label] of STATE) {
    await page.goto(`/cycles/kz-2011?status=${code}`);
    await expect(page.getByText(/^Showing \d+ of 32/)).toBeVisible();
    expect(await page.locator("li[data-label]").count(), label).toBe(counts[label]);
  }
});

test("status on 1 June 2012 shows the CEC's answers; on 1 June 2011 none were given yet", async ({
  page,
  signInAs,
}) => {
  await signInAs("viewer");
  await page.goto("/dashboards/kz-2011");
  await page.getByLabel("Status on", { exact: true }).fill("2012-06-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/dashboards\/kz-2011\?on=2012-06-01(&|$)/);
  await expect(page.getByText("Status on 1 June 2012, as currently recorded", { exact: true })).toBeVisible();
  expect(await stateCounts(page)).toEqual({
    Implemented: 11,
    "At the stage of implementation": 2,
    "Accepted in part": 1,
    "Requires further study": 7,
    "Cannot be accepted": 11,
    "No response recorded": 0,
  });
  // The figure leads to its list at the same moment, lettered parts with their lead-in.
  const cannot = page
    .getByRole("table", { name: "State\u2019s response", exact: true })
    .getByRole("link", { name: /state’s response Cannot be accepted$/ });
  await cannot.click();
  await expect(page).toHaveURL(/\/dashboards\/kz-2011\/list\?state=CANNOT_BE_ACCEPTED&on=2012-06-01$/);
  await expect(page.locator("li[data-item]")).toHaveCount(11);
  const item = page.locator('li[data-item="2(a)"]');
  await expect(item).toContainText(
    "Guaranteeing inclusive composition, as well as impartial and independent performance",
  );
  await expect(item).toContainText("revising the way the CEC is appointed,");
  await expect(page.getByLabel("Status on", { exact: true })).toHaveValue("2012-06-01");

  await page.goto("/dashboards/kz-2011?on=2011-06-01");
  await expect(page.getByText("Status on 1 June 2011, as currently recorded", { exact: true })).toBeVisible();
  expect(await stateCounts(page)).toEqual({
    Implemented: 0,
    "At the stage of implementation": 0,
    "Accepted in part": 0,
    "Requires further study": 0,
    "Cannot be accepted": 0,
    "No response recorded": 32,
  });
  // How uncertain dates count is said where the figures are explained.
  await page.getByText("How these figures are computed").first().click();
  // (The first copy is the one on screen; the second is for print.)
  await expect(page.getByText(/counts from the last day it could have been given/).first()).toBeVisible();
});

test("a cross-tab cell leads to the list of its recommendations", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/dashboards/kz-2011");
  const cross = page.getByRole("table", { name: /State’s response × independent assessment/ });
  const cell = cross.getByRole("link", {
    name: /state’s response Cannot be accepted, independent assessment Not yet assessed$/,
  });
  const n = await numberIn(cell);
  expect(n).toBeGreaterThan(0);
  await cell.click();
  await expect(page).toHaveURL(/\/dashboards\/kz-2011\/list\?state=CANNOT_BE_ACCEPTED&independent=NOT_YET_ASSESSED/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "State’s response: Cannot be accepted · Independent assessment: Not yet assessed · latest status, as currently recorded",
  );
  await expect(page.getByText(`${n} ${n === 1 ? "recommendation" : "recommendations"}`, { exact: true })).toBeVisible();
  await expect(page.locator("li[data-item]")).toHaveCount(n);
  await page.getByRole("link", { name: "Back to the 2011 dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboards\/kz-2011$/);

  // Broken parameters are named and ignored.
  await page.goto("/dashboards/kz-2011/list?state=BOGUS&independent=NOT_YET_ASSESSED&on=2012-02-30");
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    "Ignored an invalid option: Status on, State's response",
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Independent assessment: Not yet assessed · latest status, as currently recorded",
  );
});

test("as recorded yesterday the tracker was empty; as recorded today it is not", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/dashboards");
  const summary = page.getByRole("table", { name: /Recommendations recorded and shares implemented/ });
  await page.getByLabel("As recorded on", { exact: true }).fill(day(-1));
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`asOf=${day(-1)}`));
  await expect(page.getByText(/^Latest status, as recorded on/)).toBeVisible();
  for (const name of ["2005 Presidential election", "2011 Early presidential election"])
    expect(await numberIn(countCell(page, summary, name))).toBe(0);

  await page.getByLabel("As recorded on", { exact: true }).fill(day(0));
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`asOf=${day(0)}`));
  expect(await numberIn(countCell(page, summary, "2011 Early presidential election"))).toBe(32);
});

test("a filtered dashboard URL shows the same options and figures to whoever opens it", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/dashboards/kz-2011");
  await page.getByLabel("Status on", { exact: true }).fill("2013-01-01");
  await page.getByLabel("As recorded on", { exact: true }).fill(day(0));
  await page.getByLabel("Independent assessments by").selectOption("ODIHR_MISSION");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/on=2013-01-01&asOf=.*&assessor=ODIHR_MISSION/);
  const url = page.url();
  const independent = await page.getByRole("table", { name: "Independent assessment", exact: true }).innerText();
  const cross = await page.getByRole("table", { name: /State’s response × independent assessment/ }).innerText();

  const shared = await page.context().newPage();
  await shared.goto(url);
  await expect(shared.getByLabel("Status on", { exact: true })).toHaveValue("2013-01-01");
  await expect(shared.getByLabel("As recorded on", { exact: true })).toHaveValue(day(0));
  await expect(shared.getByLabel("Independent assessments by")).toHaveValue("ODIHR_MISSION");
  await expect(shared.getByText(/independent assessments by ODIHR mission only/)).toBeVisible();
  expect(await shared.getByRole("table", { name: "Independent assessment", exact: true }).innerText()).toBe(
    independent,
  );
  expect(await shared.getByRole("table", { name: /State’s response × independent assessment/ }).innerText()).toBe(
    cross,
  );
  await shared.close();
});

test("the recurring recommendations keep the moment, and name a broken page number", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/dashboards?on=2012-06-01");
  await page.getByRole("link", { name: "Recurring recommendations" }).click();
  await expect(page).toHaveURL(/\/dashboards\/recurring\?on=2012-06-01$/);
  await expect(page.getByRole("heading", { level: 1, name: "Recurring recommendations" })).toBeVisible();
  await expect(page.getByLabel("Status on", { exact: true })).toHaveValue("2012-06-01");
  await expect(page.getByText("Status on 1 June 2012, as currently recorded", { exact: true })).toBeVisible();
  await page.goto("/dashboards/recurring?on=2012-06-01&page=-1");
  await expect(page.getByRole("main").getByRole("status")).toContainText("Ignored an invalid option: Page");
});
