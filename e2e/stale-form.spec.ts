// Two editors open the same response form; the second save is refused as
// stale, says what the first changed, keeps the typed text, and goes through
// when saved again knowingly.
import type { Browser, Page } from "@playwright/test";
import { test, expect, testUsers } from "./fixtures";

async function secondEditor(browser: Browser, baseURL: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  const user = testUsers(baseURL).editor;
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, email: user.email, password: user.password, json: "true" } });
  expect(res.ok()).toBe(true);
  return page;
}

test("a stale response form is refused with what changed meanwhile, and nothing typed is lost", async ({ page, signInAs, browser, baseURL }) => {
  test.setTimeout(60_000); // two browser sessions and three saves
  await signInAs("editor");
  await page.goto("/cycles/kz-2011");
  await page.getByRole("link", { name: "Recommendation 15", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recommendation 15" })).toBeVisible();
  const b = await secondEditor(browser, baseURL!);
  await b.goto(page.url());

  const formOf = async (p: Page) => {
    await p.getByText("Edit response", { exact: true }).click();
    return p.getByRole("form", { name: "Edit the state's response" });
  };
  const formA = await formOf(page);
  const formB = await formOf(b);

  const textA = "Text saved first by editor A (e2e).";
  await formA.getByLabel("Response text").fill(textA);
  await formA.getByRole("button", { name: "Save the response" }).click();
  await expect(formA.getByRole("status")).toHaveText("The state's response was saved.");

  const textB = "Text typed by editor B in a form opened before A saved (e2e).\n\nSecond paragraph.";
  await formB.getByLabel("Response text").fill(textB);
  await formB.getByRole("button", { name: "Save the response" }).click();
  const alert = formB.getByRole("alert");
  await expect(alert).toContainText("Not saved: E2E editor saved a change after you opened this form");
  await expect(alert).toContainText("Text");
  await expect(alert).toContainText(textA);
  await expect(formB.getByLabel("Response text")).toHaveValue(textB);

  // Saving again, after review, saves over A's version knowingly.
  await formB.getByRole("button", { name: "Save the response" }).click();
  await expect(formB.getByRole("status")).toHaveText("The state's response was saved.");
  await page.reload();
  const panel = page.getByRole("region", { name: "State's response" });
  await expect(panel).toContainText("Second paragraph.");
  await expect(panel).not.toContainText(textA);
  await expect(page.getByRole("region", { name: "History" }).getByRole("listitem").filter({ hasText: "updated the state's response" })).toHaveCount(2);
  await b.context().close();
});

test("a form being edited is not moved silently to a version that arrived with a page refresh", async ({ page, signInAs, browser, baseURL }) => {
  test.setTimeout(60_000);
  await signInAs("editor");
  await page.goto("/cycles/kz-2011");
  await page.getByRole("link", { name: "Recommendation 12", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recommendation 12" })).toBeVisible();
  const b = await secondEditor(browser, baseURL!);
  await b.goto(page.url());

  // B starts editing the response…
  await b.getByText("Edit response", { exact: true }).click();
  const formB = b.getByRole("form", { name: "Edit the state's response" });
  await formB.getByLabel("Page or section").fill("Typed by B (e2e)");

  // …A saves the response meanwhile…
  await page.getByText("Edit response", { exact: true }).click();
  const formA = page.getByRole("form", { name: "Edit the state's response" });
  await formA.getByLabel("Response text").fill("Saved by A while B was typing (e2e).");
  await formA.getByRole("button", { name: "Save the response" }).click();
  await expect(formA.getByRole("status")).toHaveText("The state's response was saved.");

  // …and B's page refreshes with A's version when B saves something else.
  await b.getByText("Add a follow-up entry", { exact: true }).click();
  const followUp = b.getByRole("form", { name: "Add a follow-up entry" });
  await followUp.getByLabel("Date of the action").fill("2012-01-10");
  await followUp.getByLabel("Action taken").fill("Working group meeting (e2e).");
  await followUp.getByRole("button", { name: "Add the entry" }).click();
  await expect(followUp.getByRole("status")).toHaveText("The follow-up entry was added.");
  await expect(b.getByRole("region", { name: "State's response" })).toContainText("Saved by A while B was typing (e2e).");

  // B's response form still stands on the version B started from: a conflict, not a silent overwrite.
  await formB.getByRole("button", { name: "Save the response" }).click();
  await expect(formB.getByRole("alert")).toContainText("saved a change after you opened this form");
  await expect(formB.getByLabel("Page or section")).toHaveValue("Typed by B (e2e)");
  await b.context().close();
});
