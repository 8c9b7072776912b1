// Reading journey: the cycles by country, the 2011 report order at a chosen
// moment, one recommendation.
import { test, expect } from "./fixtures";
import { KZ_2011_LABELS as ORDER_2011 } from "../lib/test/kz-2011";

test("the four cycles are listed under their country with their recommendation counts", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/");
  const country = page.getByRole("region", { name: "Kazakhstan" });
  await expect(country.getByRole("heading", { level: 2, name: "Kazakhstan" })).toBeVisible();
  for (const name of [
    "2005 · Presidential election",
    "2007 · Parliamentary (Mazhilis) elections",
    "2011 · Early presidential election",
    "2012 · Early parliamentary (Mazhilis) elections",
  ]) {
    await expect(
      country.getByRole("heading", { level: 3, name }).getByRole("link", { name, exact: true }),
    ).toBeVisible();
  }
  // The CEC's figures are shown as its claim, not as tracker counts.
  await expect(page.getByText(/the CEC considers 20 of them implemented/).first()).toBeVisible();
  await expect(page.getByText("Latest status, as currently recorded", { exact: true })).toBeVisible();
  // One page holds them all; a broken page number is named and ignored, a page past the end does not exist.
  await expect(page.getByRole("navigation", { name: "Pages of cycles" })).toHaveCount(0);
  await page.goto("/?page=last");
  await expect(page.getByRole("main").getByRole("status")).toContainText("Ignored an invalid option: Page");
  await expect(page.getByRole("link", { name: "2011 · Early presidential election", exact: true })).toBeVisible();
  expect((await page.goto("/?page=2"))?.status()).toBe(404);
});

test("the 2011 cycle lists all 32 items in report order, and filters by status", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/");
  await page.getByRole("link", { name: "2011 · Early presidential election", exact: true }).click();
  await expect(page).toHaveURL(/\/cycles\/kz-2011$/);
  const items = page.locator("li[data-label]");
  await expect(items).toHaveCount(32);
  expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-label")))).toEqual(ORDER_2011);
  await expect(
    page.getByText("Commensurate efforts need to be made with regard to implementation of OSCE commitments").first(),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Adjudication of election disputes" })).toBeVisible();

  await page.getByLabel("State response").selectOption("AT_STAGE_OF_IMPLEMENTATION");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=AT_STAGE_OF_IMPLEMENTATION/);
  await expect(items).toHaveCount(2);
  expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-label")))).toEqual(["1", "5"]);
});

test("the cycle page shows both lenses at the moment chosen, and keeps it across filters", async ({
  page,
  signInAs,
}) => {
  await signInAs("viewer");
  await page.goto("/cycles/kz-2011");
  const items = page.locator("li[data-label]");
  // Each item shows both lenses, labelled.
  const first = items.first();
  await expect(first.getByRole("term").filter({ hasText: "State’s response" })).toBeVisible();
  await expect(first.getByRole("term").filter({ hasText: "Independent assessment" })).toBeVisible();

  await page.getByLabel("Status on", { exact: true }).fill("2011-06-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/cycles\/kz-2011\?on=2011-06-01(&|$)/);
  await expect(page.getByText("Status on 1 June 2011, as currently recorded", { exact: true })).toBeVisible();
  await expect(page.getByText("Showing 32 of 32 recommendations")).toBeVisible();
  await expect(items.filter({ hasText: "No response recorded" })).toHaveCount(32);

  await page.getByLabel("Status on", { exact: true }).fill("2012-06-01");
  await page.getByRole("button", { name: "Show" }).click();
  await page.getByLabel("State response").selectOption("AT_STAGE_OF_IMPLEMENTATION");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=AT_STAGE_OF_IMPLEMENTATION/);
  await expect(page).toHaveURL(/on=2012-06-01/);
  expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-label")))).toEqual(["1", "5"]);
  // The item links keep the moment.
  await expect(page.getByRole("link", { name: "Recommendation 5", exact: true })).toHaveAttribute(
    "href",
    /on=2012-06-01/,
  );

  await page.goto("/cycles/kz-2011?on=2012-02-30&status=AT_STAGE_OF_IMPLEMENTATION");
  await expect(page.getByRole("main").getByRole("status")).toContainText("Ignored an invalid option: Status on");
  await expect(page.getByText("Latest status, as currently recorded", { exact: true })).toBeVisible();
});

test("a recommendation page shows the verbatim text, the CEC's response and the sources", async ({
  page,
  signInAs,
}) => {
  await signInAs("viewer");
  await page.goto("/cycles/kz-2011");
  await page.getByRole("link", { name: "Recommendation 2(a)", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recommendation 2(a)" })).toBeVisible();
  await expect(page.locator("blockquote")).toContainText("revising the way the CEC is appointed,");
  await expect(
    page.getByText("Guaranteeing inclusive composition, as well as impartial and independent performance").first(),
  ).toBeVisible();
  await expect(
    page
      .getByText(
        "Analysis of international experience confirms that the method of forming the Central Election Commission",
      )
      .first(),
  ).toBeVisible();
  await expect(page.getByText("This recommendation cannot be accepted.").first()).toBeVisible();
  await expect(page.getByText("Not yet assessed").first()).toBeVisible();
  await page
    .getByRole("link", { name: /Comments of the Central Election Commission/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Comments of the Central Election Commission");
  await expect(page.getByText("Recommendation is at the stage of implementation.").first()).toBeVisible();
});
