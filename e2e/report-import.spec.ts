// An editor imports a pasted recommendations section into the 2012 cycle (which has no texts yet), fixes an
// item in the preview, imports, opens the new recommendation, then reverts the whole import.
import { test, expect } from "./fixtures";

const SECTION = `A. Priority recommendations

7. Relevant, reasonable and objective criteria should be established for the registration of political parties.

8. To strengthen the independence of election commissions from local government, consideration could be given to:
(a) removing local executive officials from the nomination of commissioners;
(b) publishing the composition of all commissions.

B. Other recommendations

Media

9. Civil defamation cases should be settled in a fair and proportionate manner.
`;

test("an editor pastes a section, fixes an item, imports it, opens it and reverts the import", async ({
  page,
  signInAs,
}) => {
  await signInAs("editor");
  await page.goto("/cycles/kz-2012");
  await page.getByRole("link", { name: "Import recommendations from the report text" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Import recommendations from the report text/);

  await page.getByLabel("Recommendations section (pasted)").fill(SECTION);
  await page.getByLabel("Source document (optional)").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Read and preview" }).click();
  await expect(page.getByRole("heading", { name: "Preview: nothing is written yet" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Item/ }) })).toHaveCount(4);

  // The fourth item: relabelled (as if the report numbered it 10) and its text corrected.
  const fourth = page.getByRole("listitem", { name: /^Item 4/ });
  await expect(fourth.getByLabel("Section")).toHaveValue("B. Other recommendations");
  await expect(fourth.getByLabel("Topic")).toHaveValue("Media");
  await fourth.getByLabel("Label").fill("10");
  await fourth
    .getByLabel("Text", { exact: true })
    .fill("Civil defamation cases should be settled fairly and proportionately.");
  await page.getByRole("button", { name: "Import 4 recommendations" }).click();
  await expect(page.getByRole("status")).toHaveText("4 recommendations were imported: 7, 8(a), 8(b), 10.");

  await page.getByRole("link", { name: "Recommendation 10" }).click();
  await expect(page.getByRole("blockquote")).toHaveText(
    "Civil defamation cases should be settled fairly and proportionately.",
  );

  await page.goto("/cycles/kz-2012");
  await expect(page.locator("li[data-label='8(b)']")).toContainText("publishing the composition of all commissions.");
  const imports = page.getByRole("region", { name: "Report-text imports" });
  await expect(imports).toContainText("4 recommendations (7, 8(a), 8(b), 10)");
  // Other journeys may import into this cycle too: this import's own entry.
  const mine = imports.getByRole("listitem").filter({ hasText: "(7, 8(a), 8(b), 10)" });
  await mine.getByRole("button", { name: /Revert this import/ }).click();
  await expect(imports.getByRole("status")).toHaveText(
    "The import was reverted: recommendations 7, 8(a), 8(b), 10 were removed.",
  );
  await page.reload();
  await expect(page.locator("li[data-label='10']")).toHaveCount(0);
  await expect(mine).toContainText(/Reverted .* by /);
});

test("a viewer cannot open the import", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/cycles/kz-2012");
  await expect(page.getByRole("link", { name: "Import recommendations from the report text" })).toHaveCount(0);
  expect((await page.goto("/cycles/kz-2012/recommendations/import-report"))?.status()).toBe(404);
  const res = await page.request.post("/api/report-import/preview", { multipart: { cycleId: "x", text: "1. A" } });
  expect(res.status()).toBe(403);
});
