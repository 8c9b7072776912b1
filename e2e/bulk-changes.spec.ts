// Bulk changes: an editor ticks two recommendations of a cycle's list and, in two steps of the "Bulk changes"
// panel, gives both an owner and a target date; each recommendation shows them, and the Overdue view lists both.
import type { Page } from "@playwright/test";
import { test, expect, testUsers } from "./fixtures";

const LABELS = ["20", "21"];
const NEXT_STEP = "Publish the revised complaints procedure (e2e bulk journey).";

async function tick(page: Page) {
  for (const l of LABELS) await page.getByRole("checkbox", { name: `Select recommendation ${l}`, exact: true }).check();
}

test("an editor gives two recommendations an owner and a target date in bulk; the Overdue view lists them", async ({
  page,
  signInAs,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const owner = testUsers(baseURL!).admin;
  await signInAs("editor");
  await page.goto("/cycles/kz-2011");
  const bulk = page.getByRole("form", { name: "Bulk changes" });

  // Nothing ticked: one message, nothing saved.
  await page.getByRole("radio", { name: "Assign an owner" }).check();
  await bulk.getByLabel("Owner", { exact: true }).selectOption({ label: owner.name });
  await bulk.getByRole("button", { name: "Apply to selected" }).click();
  await expect(bulk.getByText("Select at least one recommendation")).toBeVisible();

  await tick(page);
  await bulk.getByLabel("Owner", { exact: true }).selectOption({ label: owner.name });
  await bulk.getByRole("button", { name: "Apply to selected" }).click();
  await expect(bulk.getByRole("status")).toHaveText("Owner: 2 changed.");

  // A saved step clears the ticks: tick again for the next change.
  await tick(page);
  await page.getByRole("radio", { name: "Set a target date" }).check();
  await bulk.getByLabel(/^Target date/).fill("2014-03-31");
  await bulk.getByLabel(/^Next step/).fill(NEXT_STEP);
  await bulk.getByLabel("Date", { exact: true }).fill("2013-11-20");
  await bulk.getByRole("button", { name: "Apply to selected" }).click();
  await expect(bulk.getByRole("status")).toHaveText("Target date: 2 changed.");

  // Each recommendation shows its owner and its new follow-up entry.
  for (const l of LABELS) {
    await page.goto("/cycles/kz-2011");
    await page.getByRole("link", { name: `Recommendation ${l}`, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Recommendation ${l}` })).toBeVisible();
    await expect(page.getByRole("region", { name: "Owner" })).toContainText(owner.name);
    await expect(page.getByRole("region", { name: "Follow-up", exact: true })).toContainText(NEXT_STEP);
  }

  // Both are overdue (31 March 2014 has passed), with their owner.
  await page.goto("/deadlines?view=overdue");
  await expect(page.getByRole("heading", { level: 1, name: "Overdue recommendations" })).toBeVisible();
  const items = page.getByRole("listitem").filter({ hasText: NEXT_STEP });
  await expect(items).toHaveCount(2);
  for (const i of [0, 1]) await expect(items.nth(i)).toContainText(`owner: ${owner.name}`);
});
