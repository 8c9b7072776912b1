// An editor adds a working Russian translation of a recommendation; a viewer reads the original, switches to
// the translation (marked as working, not official, with a shareable address), and back to the original.
import { test, expect } from "./fixtures";

const RUSSIAN =
  "Для сохранения тайны голосования следует отменить четырёхзначный контрольный код, созданный пользователем.";

test("a working Russian translation: added by an editor, read by a viewer, who switches back to the original", async ({
  page,
  signInAs,
}) => {
  const editor = await signInAs("editor");
  await page.goto("/cycles/kz-2007");
  await page.locator("li[data-label='15']").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recommendation 15");
  const path = new URL(page.url()).pathname;
  const original = (await page.locator("blockquote").first().innerText()).trim();
  await expect(page.getByRole("region", { name: "Language of the text" })).toContainText("Original, English");

  await page.getByText("Add a translation").click();
  const form = page.getByRole("form", { name: "Add a translation" });
  await form.getByLabel("Language").selectOption({ label: "Russian" });
  await form.getByLabel("Kind of translation").selectOption({ label: "Working translation (not official)" });
  await expect(form.getByLabel("Translated by")).toHaveValue(editor.name);
  await form.getByRole("textbox", { name: /^Translation/ }).fill(RUSSIAN);
  await form.getByRole("button", { name: "Add translation" }).click();
  await expect(form.getByRole("status")).toHaveText("The translation was added.");

  const viewer = await signInAs("viewer");
  expect(viewer.email).not.toBe(editor.email);
  await page.goto(path);
  const box = page.getByRole("region", { name: "Language of the text" });
  await expect(box).toContainText("Original, English");
  await expect(page.getByText("Add a translation")).toHaveCount(0);
  await box.getByRole("link", { name: "Russian, working translation" }).click();
  await expect(page).toHaveURL(/\?text=ru$/);
  await expect(box).toContainText(`Working translation into Russian by ${editor.name}, not official`);
  await expect(page.locator("blockquote[lang='ru']")).toHaveText(RUSSIAN);

  await box.getByRole("link", { name: "Original (English)" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(box).toContainText("Original, English");
  await expect(page.locator("blockquote[lang='en']")).toHaveText(original);
});
