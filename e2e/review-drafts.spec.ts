// Review before publishing: a contributor (the CEC's focal point) submits a follow-up draft on a recommendation
// assigned to the CEC; an editor returns it with a comment; the contributor changes and resubmits it; the editor
// publishes it; a viewer then sees the entry, and nobody but its author and the editors saw it before.
import type { Browser, Page } from "@playwright/test";
import { test, expect, testUsers, type TestRole } from "./fixtures";

const ACTION = "The CEC sent draft amendments on the language test to the Mazhilis.";
const CHANGED = `${ACTION} Letter No. 12 of 3 February 2012.`;

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
  await page.getByRole("link", { name: "Recommendation 17", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recommendation 17" })).toBeVisible();
}

test("a contributor's draft is returned, resubmitted and published, then readers see it", async ({
  page,
  signInAs,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000); // one long journey: three people, eight saves on the embedded database
  // The editor makes the CEC responsible for recommendation 17.
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

  // The contributor finds it on their page and writes a draft.
  const contributor = await signedIn(browser, baseURL!, "contributor");
  await contributor.goto("/review");
  await expect(contributor.getByRole("heading", { level: 1, name: "Your follow-up" })).toBeVisible();
  await contributor.getByRole("link", { name: /recommendation 17$/ }).click();
  // A contributor does not edit the record itself, nor read the audit pages.
  await expect(contributor.getByText("Add a follow-up entry", { exact: true })).toHaveCount(0);
  await expect(contributor.getByRole("form", { name: "Assign an institution" })).toHaveCount(0);
  const write = contributor.getByRole("form", { name: "Write a follow-up draft" });
  await write.getByLabel("Date", { exact: true }).fill("2012-02");
  await write.getByLabel("Action taken").fill(ACTION);
  await write.getByRole("button", { name: "Save the draft" }).click();
  await expect(write.getByRole("status")).toContainText("Your draft was saved");
  const drafts = contributor.getByRole("region", { name: "Your drafts" });
  await expect(drafts.getByText("Draft (not yet submitted)")).toBeVisible();
  await drafts.getByRole("button", { name: "Submit for review" }).click();
  await expect(drafts.getByText("Submitted for review", { exact: true })).toBeVisible();

  // A viewer sees nothing of it yet.
  const viewer = await signedIn(browser, baseURL!, "viewer");
  await openRecommendation(viewer);
  await expect(viewer.getByText(ACTION)).toHaveCount(0);
  expect((await viewer.request.get("/review")).status()).toBe(404);
  expect((await contributor.request.get("/audit")).status()).toBe(404);

  // The editor returns it with a comment.
  await page.goto("/review");
  const queued = page.getByRole("article", { name: /Submitted for review/ }).filter({ hasText: ACTION });
  await queued.getByLabel("Comment for the contributor").fill("Please cite the letter that sent the amendments.");
  await queued.getByRole("button", { name: "Return with comment" }).click();
  await expect(page.getByText("No draft is awaiting review.")).toBeVisible();

  // The contributor reads the comment, changes the draft and submits it again.
  await contributor.reload();
  await expect(drafts.getByText("Returned for changes")).toBeVisible();
  await expect(drafts).toContainText("Please cite the letter that sent the amendments.");
  await drafts.getByText("Change the draft").click();
  const change = drafts.getByRole("form", { name: "Change this draft" });
  await change.getByLabel("Action taken").fill(CHANGED);
  await change.getByRole("button", { name: "Save the changes" }).click();
  await expect(change.getByRole("status")).toContainText("Your draft was saved");
  // The page shows the saved text once refreshed: the step then starts from the draft's new version.
  await expect(drafts.getByRole("paragraph").filter({ hasText: CHANGED })).toBeVisible();
  await drafts.getByRole("button", { name: "Submit again for review" }).click();
  await expect(drafts.getByText("Submitted for review", { exact: true })).toBeVisible();

  // The editor publishes it.
  await page.goto("/review");
  const again = page.getByRole("article", { name: /Submitted for review/ }).filter({ hasText: CHANGED });
  await again.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("No draft is awaiting review.")).toBeVisible();

  // The viewer now sees the entry, and the history says who submitted it and who published it.
  await viewer.reload();
  await expect(viewer.getByRole("region", { name: "Follow-up", exact: true })).toContainText(CHANGED);
  const history = viewer.getByRole("region", { name: "History" });
  await expect(history).toContainText("Published from a draft submitted by E2E contributor");
  await expect(history).toContainText("E2E editor");
  // The contributor's draft list is empty: the entry is published.
  await contributor.reload();
  await expect(contributor.getByRole("region", { name: "Follow-up", exact: true })).toContainText(CHANGED);
  await expect(drafts.getByRole("article")).toHaveCount(0);
});
