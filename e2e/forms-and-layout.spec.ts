// Forms and layout that read well (issue 12): one message per field with focus on it, limits shown before saving,
// dates typed as people write them, a header on one line and tables using the width at 1280 px, and a report with
// contents and collapsible items. Each page is checked with axe.
import { test, expect } from "./fixtures";
import { expectAccessible } from "./checks";

test("an empty required date gets one message, focus lands on it, and limits show before saving", async ({
  page,
  signInAs,
}) => {
  await signInAs("editor");
  await page.goto("/cycles/kz-2011/edit");
  await expect(page.getByRole("heading", { level: 1, name: "Edit cycle details" })).toBeVisible();

  // The limit of a text with a maximum length is visible before saving, from the schema's number.
  const notes = page.getByLabel("Notes");
  const typed = "Checked against the final report.";
  await notes.fill(typed);
  await expect(page.getByText(`${typed.length} of 5,000 characters`)).toBeVisible();
  await expect(notes).toHaveAccessibleDescription(new RegExp(`${typed.length} of 5,000 characters`));

  const date = page.getByLabel("Election date");
  await date.fill("");
  await page.getByRole("button", { name: "Save cycle details" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Nothing was saved");
  // One message (the first rule that fails), linked to the field, and the field has the focus.
  await expect(page.getByLabel("Election date")).toBeFocused();
  await expect(page.getByLabel("Election date")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Election date")).toHaveAccessibleDescription(/Election date is required$/);
  await expect(page.locator("#f-electionDate-error")).toHaveText("Election date is required");
  await expect(page.getByText(/Election date (must be|is not)/)).toHaveCount(0);
  await expectAccessible(page);

  // A date typed in a way that cannot be read with certainty gets one clear message with an example.
  await page.getByLabel("Election date").fill("04/03/2011");
  await page.getByRole("button", { name: "Save cycle details" }).click();
  await expect(page.locator("#f-electionDate-error")).toHaveText(
    "Election date is not a date we can read: type it as 13 July 2011 or 2011-07-13",
  );
  await expect(page.getByLabel("Election date")).toBeFocused();
});

for (const language of ["en", "ru", "kk"] as const) {
  test(`at 1280 px in ${language} the header is one line and the audit table does not scroll sideways`, async ({
    page,
    context,
    baseURL,
    signInAs,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAs("admin");
    // The language of an anonymous choice (the admin has no saved language): Russian and Kazakh words are longer.
    await context.addCookies([{ name: "locale", value: language, url: baseURL! }]);
    await page.goto("/audit");
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // One line: every part of the header sits on the same row.
    const header = page.locator("body > header");
    const tops = await header
      .locator("a, button, input, summary")
      .evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.getBoundingClientRect()));
    expect(tops.length).toBeGreaterThan(8);
    const rows = new Set(tops.map((r) => Math.round(r.top + r.height / 2)));
    expect(Math.max(...rows) - Math.min(...rows)).toBeLessThan(12);
    expect((await header.boundingBox())!.height).toBeLessThan(90);

    // The table uses the width of the screen: neither it nor the page scrolls sideways.
    const region = page
      .getByRole("region")
      .filter({ has: page.getByRole("table") })
      .first();
    await expect(region).toBeVisible();
    expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect((await page.getByRole("main").boundingBox())!.width).toBeGreaterThan(1100);
    await expectAccessible(page);
  });
}

test("the on-screen report has contents and collapsible items that print whole", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/reports/kz-2011");
  const contents = page.getByRole("navigation", { name: "Contents" });
  await expect(contents).toBeVisible();
  await contents.getByRole("link", { name: "Recommendation 2(a)" }).click();
  await expect(page).toHaveURL(/#item-2-a-$/);

  const item = page.locator('article[data-label="2(a)"]');
  const response = item.getByText("State’s response: Cannot be accepted");
  await expect(response).toBeVisible();
  await item.getByText("Responses, assessment and follow-up").click();
  await expect(response).toBeHidden();
  await expect(item.getByRole("heading", { name: "Recommendation 2(a)" })).toBeVisible();

  // Collapse every item to its heading; on paper every item is whole again.
  await page.getByRole("button", { name: "Collapse all items to their headings" }).click();
  await expect(page.locator("details.report-item-body[open]")).toHaveCount(0);
  await page.emulateMedia({ media: "print" });
  await expect(response).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Expand all items" }).click();
  await expect(response).toBeVisible();
  await expectAccessible(page);
});
