// An editor adds a recommendation text that was not in the sources yet.
import { test, expect } from "./fixtures";

test("an editor adds a recommendation text with its provenance; it appears in report order", async ({
  page,
  signInAs,
}) => {
  await signInAs("editor");
  await page.goto("/cycles/kz-2012");
  await page.getByRole("link", { name: "Add a recommendation text" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Add a recommendation to 2012/);

  // Everything missing at once: all field errors, nothing saved.
  await page.getByRole("button", { name: "Add recommendation" }).click();
  const form = page.locator("form", { has: page.getByRole("button", { name: "Add recommendation" }) });
  await expect(form.getByRole("alert")).toContainText("Nothing was saved");
  await expect(form.getByText("Recommendation text is required")).toBeVisible();
  await expect(form.getByText("Provenance (where this text comes from) is required")).toBeVisible();

  await page.getByLabel("Number as printed").fill("2");
  await page.getByLabel("Section", { exact: true }).selectOption({ label: "A. Priority Recommendations" });
  await page
    .getByLabel("Recommendation text, word for word")
    .fill("Test text entered by the e2e suite <script>alert(1)</script>.");
  await page.getByLabel("Provenance: where this text comes from").fill("E2E test data");
  await page.getByRole("button", { name: "Add recommendation" }).click();
  await expect(
    form.getByText("Recommendation text must be plain text, without HTML tags such as <script>"),
  ).toBeVisible();
  await page.getByLabel("Recommendation text, word for word").fill("Test text entered by the e2e suite.");
  await page.getByRole("button", { name: "Add recommendation" }).click();
  await expect(form.getByRole("status")).toHaveText("Recommendation 2 was added.");

  await page.goto("/cycles/kz-2012");
  await expect(page.locator("li[data-label]")).toHaveCount(1);
  await expect(page.locator("li[data-label='2']")).toContainText("Test text entered by the e2e suite.");
  await expect(page.locator("li[data-label='2']")).toContainText("Text needs verification");
});

test("a viewer cannot open the form", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/cycles/kz-2012");
  await expect(page.getByRole("link", { name: "Add a recommendation text" })).toHaveCount(0);
  const res = await page.goto("/cycles/kz-2012/recommendations/new");
  expect(res?.status()).toBe(404);
});

test("an editor imports texts from a CSV file: all lines or none", async ({ page, signInAs }) => {
  await signInAs("editor");
  await page.goto("/cycles/kz-2007");
  await page.getByRole("link", { name: "Import texts from a CSV file" }).click();
  const header = "label,section,priority,lead_in,text,text_verified,provenance,source_location,source_url";
  const upload = async (csv: string) => {
    await page
      .getByLabel("CSV file (UTF-8)")
      .setInputFiles({ name: "texts.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByRole("button", { name: "Import" }).click();
  };
  await upload(
    `${header}\n3,B,,,E2E imported text,no,E2E test data,,\n15,C,,,Clashes with the known No. 15,no,E2E,,\n`,
  );
  await expect(page.getByText("Line 3: Recommendation 15 already exists in this cycle")).toBeVisible();
  await upload(
    `${header}\n3,B,,,"E2E imported text, with Cyrillic: Центральная избирательная комиссия",no,E2E test data,,\n`,
  );
  await expect(page.getByRole("status")).toHaveText("1 recommendation was imported.");
  await page.goto("/cycles/kz-2007");
  await expect(page.locator("li[data-label]")).toHaveCount(2);
  await expect(page.locator("li[data-label='3']")).toContainText("Центральная избирательная комиссия");
});
