// Progress updates in review: a contributor (the CEC's focal point) submits a progress update, in the state's
// vocabulary, on a recommendation assigned to the CEC; an editor returns it with a comment; the contributor changes
// and resubmits it; the editor publishes it; a viewer then sees it as the state's response, and saw nothing before.
import type { Browser, Page } from "@playwright/test";
import { test, expect, testUsers, type TestRole } from "./fixtures";

const UPDATE = "The CEC audited the voter lists of all territorial commissions in 2025.";
const CHANGED = `${UPDATE} Report No. 41 of 30 June 2025.`;

async function signedIn(browser: Browser, baseURL: string, role: TestRole): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  const user = testUsers(baseURL)[role];
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true" },
  });
  expect(res.ok()).toBe(true);
  return page;
}

async function openRecommendation(page: Page) {
  await page.goto("/cycles/kz-2011");
  await page.getByRole("link", { name: "Recommendation 20", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recommendation 20" })).toBeVisible();
}

test("a contributor's progress update is returned, resubmitted and published as the state's response", async ({
  page,
  signInAs,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000); // one long journey: three people, eight saves on the embedded database
  await signInAs("editor");
  await openRecommendation(page);
  const assign = page.getByRole("form", { name: "Assign an institution" });
  await assign.getByLabel("Institution to assign").selectOption({
    label: "Central Election Commission of the Republic of Kazakhstan (CEC)",
  });
  await assign.getByLabel("Date", { exact: true }).fill("2011-06");
  await assign.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("region", { name: "Responsible institutions" })).toContainText(
    "Central Election Commission",
  );

  // The contributor writes a progress update and submits it.
  const contributor = await signedIn(browser, baseURL!, "contributor");
  await openRecommendation(contributor);
  await contributor.getByText("Write a progress update (the state's response)").click();
  const write = contributor.getByRole("form", { name: "Write a progress update" });
  await write.getByLabel("Where it stands (the state's response)").selectOption({ label: "Implemented" });
  await write.getByLabel("Date", { exact: true }).fill("2025-06");
  await write.getByLabel("Progress update").fill(UPDATE);
  await write.getByRole("button", { name: "Save the progress update" }).click();
  await expect(write.getByRole("status")).toContainText("Your progress update was saved");
  const drafts = contributor.getByRole("region", { name: "Your drafts" });
  const mine = drafts.getByRole("article", { name: /^Progress update:/ });
  await expect(mine.getByText("Draft (not yet submitted)")).toBeVisible();
  await mine.getByRole("button", { name: "Submit for review" }).click();
  await expect(mine.getByText("Submitted for review", { exact: true })).toBeVisible();

  // A viewer sees nothing of it yet: not on the page, not as the state's status.
  const viewer = await signedIn(browser, baseURL!, "viewer");
  await openRecommendation(viewer);
  await expect(viewer.getByText(UPDATE)).toHaveCount(0);
  const stateBefore = await viewer.getByRole("region", { name: "State's response" }).innerText();
  expect(stateBefore).not.toContain(UPDATE);

  // The editor finds it in the queue, named as a progress update, and returns it with a comment.
  await page.goto("/review");
  const queued = page.getByRole("article", { name: "Progress update: Submitted for review" }).filter({
    hasText: UPDATE,
  });
  await expect(queued.getByText("Progress update", { exact: true })).toBeVisible();
  await queued.getByLabel("Comment for the contributor").fill("Please cite the CEC's report.");
  await queued.getByRole("button", { name: "Return with comment" }).click();
  await expect(queued).toHaveCount(0);

  // The contributor reads the comment, changes the update and submits it again.
  await contributor.reload();
  await expect(mine.getByText("Returned for changes")).toBeVisible();
  await expect(mine).toContainText("Please cite the CEC's report.");
  await mine.getByText("Change the progress update").click();
  const change = mine.getByRole("form", { name: "Change this progress update" });
  await change.getByLabel("Progress update").fill(CHANGED);
  await change.getByRole("button", { name: "Save the changes" }).click();
  await expect(change.getByRole("status")).toContainText("Your progress update was saved");
  await expect(mine.getByRole("paragraph").filter({ hasText: CHANGED })).toBeVisible();
  await mine.getByRole("button", { name: "Submit again for review" }).click();
  await expect(mine.getByText("Submitted for review", { exact: true })).toBeVisible();

  // The editor publishes it.
  await page.goto("/review");
  const again = page.getByRole("article", { name: "Progress update: Submitted for review" }).filter({
    hasText: CHANGED,
  });
  await again.getByRole("button", { name: "Publish" }).click();
  await expect(again).toHaveCount(0);

  // The viewer now reads it as the state's current response, with who submitted it and who published it.
  await viewer.reload();
  const state = viewer.getByRole("region", { name: "State's response" });
  await expect(state).toContainText(CHANGED);
  await expect(state).toContainText("Implemented");
  const history = viewer.getByRole("region", { name: "History" });
  await expect(history).toContainText("Published from a progress update submitted by E2E contributor");
  await contributor.reload();
  await expect(drafts.getByRole("article")).toHaveCount(0);
});
