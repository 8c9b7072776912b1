// An editor enters an earlier report's recommendation, then finds it suggested on the later one that repeats
// it, links the two in one click, and the later cycle's page lists the repeat and since when it is outstanding.
import { test, expect } from "./fixtures";

// E2E test data, not a source text: a 2007 recommendation that 2011's 3(a) (language-fluency criteria) restates.
const EARLIER =
  "Clear, objective and reasonable criteria should be established for the transparent evaluation of the language " +
  "fluency of candidates.";

test("an editor links a 2011 recommendation to the earlier one it reads like, in one click", async ({
  page,
  signInAs,
}) => {
  await signInAs("editor");
  await page.goto("/cycles/kz-2007/recommendations/new");
  await page.getByLabel("Number as printed").fill("24");
  await page.getByLabel("Section", { exact: true }).selectOption({ label: "A. Legal Framework" });
  await page.getByLabel("Recommendation text, word for word").fill(EARLIER);
  await page.getByLabel("Provenance: where this text comes from").fill("E2E test data");
  await page.getByRole("button", { name: "Add recommendation" }).click();
  await expect(page.getByRole("status")).toHaveText("Recommendation 24 was added.");

  await page.goto("/cycles/kz-2011");
  await page.locator("li[data-label='3(a)']").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recommendation 3(a)");

  const panel = page.getByRole("region", { name: "Reads like earlier recommendations" });
  const suggestion = panel.getByRole("listitem").filter({ hasText: "2007 · Recommendation 24" });
  await expect(suggestion).toContainText("transparent evaluation of the language fluency");
  await expect(suggestion).toContainText(/Reads (somewhat|much) alike: \d+ % of their wording in common/);
  await suggestion.getByRole("button", { name: "Link as a repeat of 2007 recommendation 24" }).click();
  await expect(panel.getByRole("status")).toHaveText("The earlier recommendation was linked.");

  // Linked: it left the suggestions and is now an earlier form.
  await expect(suggestion).toHaveCount(0);
  const forms = page.getByRole("region", { name: "Earlier and later forms" });
  await expect(forms.getByRole("listitem").filter({ hasText: "2007 · Recommendation 24" })).toContainText("Repeats");

  await page.goto("/cycles/kz-2011");
  const repeats = page.getByRole("region", { name: "Repeats of earlier recommendations" });
  const item = repeats.getByRole("listitem").filter({ hasText: "Recommendation 3(a)" });
  await expect(item).toContainText("Recommendation 3(a) repeats 2007 · Recommendation 24");
  await expect(item).toContainText("Outstanding since 2007");
  await expect(item.getByRole("link", { name: "2007 · Recommendation 24" })).toHaveAttribute(
    "href",
    /^\/recommendations\/[a-z0-9]+$/,
  );
});

test("a viewer sees neither the suggestions nor a button to link", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/cycles/kz-2011");
  await page.locator("li[data-label='3(b)']").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recommendation 3(b)");
  await expect(page.getByRole("region", { name: "Reads like earlier recommendations" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Link as a repeat/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Earlier and later forms" })).toBeVisible();
});
