// Owners and deadlines: an editor makes the CEC's focal point the owner of a recommendation and records a
// follow-up entry whose target date has passed; the owner finds it under "Overdue" in "My work", and the
// editor finds it in the Overdue view.
import { test, expect, testUsers } from "./fixtures";

const NEXT_STEP = "Adopt the amended rules on observers (e2e owner journey).";

test("an overdue item appears in My work of its owner", async ({ page, signInAs, browser, baseURL }) => {
  test.setTimeout(90_000);
  const owner = testUsers(baseURL!).contributor;
  await signInAs("editor");
  await page.goto("/cycles/kz-2011");
  await page.getByRole("link", { name: "Recommendation 8", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recommendation 8" })).toBeVisible();

  const setOwner = page.getByRole("form", { name: "Set the owner" });
  await setOwner.getByLabel("Owner").selectOption({ label: owner.name });
  await setOwner.getByRole("button", { name: "Save owner" }).click();
  await expect(page.getByRole("region", { name: "Owner" }).getByRole("status")).toHaveText("The owner was saved.");
  await expect(page.getByRole("region", { name: "Owner" })).toContainText(owner.name);
  // The history says it in words, with the owner's name.
  const changed = page
    .getByRole("region", { name: "History" })
    .getByRole("listitem")
    .filter({ hasText: "changed the owner" });
  await expect(changed.first()).toContainText(owner.name);

  const followUp = page.getByRole("region", { name: "Follow-up", exact: true });
  await followUp.getByText("Add a follow-up entry", { exact: true }).click();
  const add = page.getByRole("form", { name: "Add a follow-up entry" });
  await add.getByLabel("Date", { exact: true }).fill("2013-05-14");
  await add.getByLabel("Action taken").fill("Draft rules on observers prepared (e2e).");
  await add.getByLabel("Next step").fill(NEXT_STEP);
  await add.getByLabel("Target date").fill("2014-01-31");
  await add.getByRole("button", { name: "Add the entry" }).click();
  await expect(add.getByRole("status")).toHaveText("The follow-up entry was added.");

  // The owner: "My work" from the header, the item under "Overdue" and under "Assigned to me".
  const context = await browser.newContext({ baseURL });
  const mine = await context.newPage();
  const { csrfToken } = (await (await mine.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await mine.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: owner.email, password: owner.password, json: "true" },
  });
  expect(res.ok()).toBe(true);
  await mine.goto("/");
  await mine.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My work" }).click();
  await expect(mine.getByRole("heading", { level: 1, name: "My work" })).toBeVisible();
  const overdue = mine.getByRole("region", { name: "Overdue" });
  await expect(overdue.getByRole("link", { name: /recommendation 8$/ })).toBeVisible();
  await expect(overdue).toContainText("Target date 31 January 2014");
  await expect(overdue).toContainText(NEXT_STEP);
  await expect(
    mine.getByRole("region", { name: "Assigned to me" }).getByRole("link", { name: /recommendation 8$/ }),
  ).toBeVisible();
  await context.close();

  // The editor's Overdue view lists it too, with its owner.
  await page.goto("/deadlines?view=overdue");
  await expect(page.getByRole("heading", { level: 1, name: "Overdue recommendations" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: NEXT_STEP });
  await expect(item).toContainText(`owner: ${owner.name}`);
});
