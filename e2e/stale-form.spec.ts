// Two tabs open the same response's correction form. A stale save is rebased:
// what the user did not touch takes the saved values; where both changed the
// same field, nothing is saved, both versions are shown side by side, and the
// message says who changed what ("you, in another tab or window").
import type { Browser, Page } from "@playwright/test";
import { test, expect, testUsers } from "./fixtures";

/** The same editor in a second browser context: another tab, as far as the app can tell. */
async function secondTab(browser: Browser, baseURL: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  const user = testUsers(baseURL).editor;
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true" },
  });
  expect(res.ok()).toBe(true);
  return page;
}

async function openCorrection(p: Page) {
  const panel = p.getByRole("region", { name: "State's response" });
  const entry = panel
    .getByRole("list", { name: /All recorded responses/ })
    .getByRole("listitem")
    .first();
  await entry.getByText("Correct", { exact: true }).click();
  return entry.getByRole("form", { name: "Correct this response" });
}

async function openRecommendation(page: Page, label: string) {
  await page.goto("/cycles/kz-2011");
  await page.getByRole("link", { name: `Recommendation ${label}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Recommendation ${label}` })).toBeVisible();
}

test("a stale form where both changed the same field shows both versions and saves nothing until the user decides", async ({
  page,
  signInAs,
  browser,
  baseURL,
}) => {
  test.setTimeout(60_000);
  await signInAs("editor");
  await openRecommendation(page, "15");
  const b = await secondTab(browser, baseURL!);
  await b.goto(page.url());
  const formA = await openCorrection(page);
  const formB = await openCorrection(b);

  const textA = "Text saved first, in tab A (e2e).";
  await formA.getByLabel("Response text").fill(textA);
  await formA.getByRole("button", { name: "Save the correction" }).click();
  await expect(formA.getByRole("status")).toContainText("The response was corrected");

  const textB = "Text typed in tab B, opened before A saved (e2e).\n\nSecond paragraph.";
  await formB.getByLabel("Response text").fill(textB);
  await formB.getByLabel("Page or section").fill("Typed in tab B (e2e)");
  await formB.getByRole("button", { name: "Save the correction" }).click();
  const alert = formB.getByRole("alert");
  await expect(alert).toContainText(
    "Not saved: you (in another tab or window) changed this record after you opened this form",
  );
  const both = alert.getByRole("table", { name: "Changed by both of you" });
  await expect(both.getByRole("row", { name: /^Text/ }).getByRole("cell")).toContainText([
    /Text typed in tab B/,
    /Text saved first, in tab A/,
  ]);
  await expect(formB.getByLabel("Response text")).toHaveValue(textB);
  await expect(formB.getByLabel("Page or section")).toHaveValue("Typed in tab B (e2e)");

  // Deciding: take their text, keep my page reference, save.
  await both.getByRole("button", { name: "Use their version of Text" }).click();
  await expect(formB.getByLabel("Response text")).toHaveValue(textA);
  await formB.getByRole("button", { name: "Save the correction" }).click();
  await expect(formB.getByRole("status")).toContainText("The response was corrected");
  await page.reload();
  const panel = page.getByRole("region", { name: "State's response" });
  await expect(panel).toContainText(textA);
  await expect(panel).toContainText("Typed in tab B (e2e)");
  await expect(panel).not.toContainText("Second paragraph.");
  await b.context().close();
});

test("a stale form that changed other fields is saved on top of the other tab's change, never reverting it", async ({
  page,
  signInAs,
  browser,
  baseURL,
}) => {
  test.setTimeout(60_000);
  await signInAs("editor");
  await openRecommendation(page, "12");
  const b = await secondTab(browser, baseURL!);
  await b.goto(page.url());
  const formB = await openCorrection(b);
  await formB.getByLabel("Page or section").fill("Typed in tab B (e2e)");

  const formA = await openCorrection(page);
  await formA.getByLabel("Response text").fill("Saved in tab A while B was typing (e2e).");
  await formA.getByRole("button", { name: "Save the correction" }).click();
  await expect(formA.getByRole("status")).toContainText("The response was corrected");

  await formB.getByRole("button", { name: "Save the correction" }).click();
  await expect(formB.getByRole("status")).toContainText(
    "Meanwhile you (in another tab or window) had changed text; your changes were saved on top of theirs.",
  );
  await page.reload();
  const panel = page.getByRole("region", { name: "State's response" });
  await expect(panel).toContainText("Saved in tab A while B was typing (e2e).");
  await expect(panel).toContainText("Typed in tab B (e2e)");
  await b.context().close();
});
