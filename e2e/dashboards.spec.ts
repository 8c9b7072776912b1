// Dashboards: both lenses per cycle, drill-down lists, as-of dates, shareable URLs.
// Other journeys share this database and may add assessments or follow-ups,
// so expectations are derived from the pages (the cycle page, the cells)
// rather than hard-coded, except what no journey changes.
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
  return table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: rowHeader, exact: true }) }).getByRole("cell").first();
}

test("the overview shows the four cycles, with 2011's 32 recommendations", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboards" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboards" })).toBeVisible();
  const summary = page.getByRole("table", { name: /Recommendations recorded and shares implemented/ });
  for (const name of ["2005 Presidential election", "2007 Parliamentary (Mazhilis) elections", "2011 Early presidential election", "2012 Early parliamentary (Mazhilis) elections"]) {
    await expect(summary.getByRole("rowheader", { name, exact: true })).toBeVisible();
  }
  expect(await numberIn(countCell(page, summary, "2011 Early presidential election"))).toBe(32);
  // The sources' claims are shown as claims, apart from the counts.
  await expect(page.getByRole("region", { name: "Claims about the cycles" }).getByText(/Claim by/).first()).toBeVisible();
});

test("the 2011 dashboard counts each state response as the cycle page lists it", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/dashboards");
  await page.getByRole("link", { name: "2011 Early presidential election" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard: 2011 Early presidential election");
  const table = page.getByRole("table", { name: "State\u2019s response", exact: true });
  const counts: Record<string, number> = {};
  for (const [, label] of STATE) counts[label] = await numberIn(countCell(page, table, label));
  expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(32);
  for (const [code, label] of STATE) {
    await page.goto(`/cycles/kz-2011?status=${code}`);
    await expect(page.getByText(/^Showing \d+ of 32/)).toBeVisible();
    expect(await page.locator("li[data-label]").count(), label).toBe(counts[label]);
  }
});

test("a cross-tab cell leads to the list of its recommendations", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/dashboards/kz-2011");
  const cross = page.getByRole("table", { name: /State’s response × independent assessment/ });
  const cell = cross.getByRole("link", { name: /state’s response Cannot be accepted, independent assessment Not yet assessed$/ });
  const n = await numberIn(cell);
  expect(n).toBeGreaterThan(0);
  await cell.click();
  await expect(page).toHaveURL(/\/dashboards\/kz-2011\/list\?state=CANNOT_BE_ACCEPTED&independent=NOT_YET_ASSESSED/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("State’s response: Cannot be accepted · Independent assessment: Not yet assessed · as currently recorded");
  await expect(page.getByText(`${n} ${n === 1 ? "recommendation" : "recommendations"}`, { exact: true })).toBeVisible();
  await expect(page.locator("li[data-item]")).toHaveCount(n);
  await page.getByRole("link", { name: "Back to the 2011 dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboards\/kz-2011$/);

  // A broken parameter is reported and ignored.
  await page.goto("/dashboards/kz-2011/list?state=BOGUS&independent=NOT_YET_ASSESSED");
  await expect(page.getByRole("main").getByRole("status")).toContainText("Ignored an invalid option: State's response");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Independent assessment: Not yet assessed · as currently recorded");
});

test("as of yesterday the tracker was empty; as of today it is not", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/dashboards");
  const summary = page.getByRole("table", { name: /Recommendations recorded and shares implemented/ });
  await page.getByLabel("As of").fill(day(-1));
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`asOf=${day(-1)}`));
  await expect(page.getByText(/Figures as of/)).toBeVisible();
  for (const name of ["2005 Presidential election", "2011 Early presidential election"]) expect(await numberIn(countCell(page, summary, name))).toBe(0);

  await page.getByLabel("As of").fill(day(0));
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`asOf=${day(0)}`));
  expect(await numberIn(countCell(page, summary, "2011 Early presidential election"))).toBe(32);
});

test("a filtered dashboard URL shows the same options and figures to whoever opens it", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/dashboards/kz-2011");
  await page.getByLabel("As of").fill(day(0));
  await page.getByLabel("Independent assessments by").selectOption("ODIHR_MISSION");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/assessor=ODIHR_MISSION/);
  const url = page.url();
  const independent = await page.getByRole("table", { name: "Independent assessment", exact: true }).innerText();
  const cross = await page.getByRole("table", { name: /State’s response × independent assessment/ }).innerText();

  const shared = await page.context().newPage();
  await shared.goto(url);
  await expect(shared.getByLabel("As of")).toHaveValue(day(0));
  await expect(shared.getByLabel("Independent assessments by")).toHaveValue("ODIHR_MISSION");
  await expect(shared.getByText(/independent assessments by ODIHR mission only/)).toBeVisible();
  expect(await shared.getByRole("table", { name: "Independent assessment", exact: true }).innerText()).toBe(independent);
  expect(await shared.getByRole("table", { name: /State’s response × independent assessment/ }).innerText()).toBe(cross);
  await shared.close();
});
