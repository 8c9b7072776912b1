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

  // Exact: the responses' own forms ("Add a translation of this response") may be on the page too.
  await page.getByText("Add a translation", { exact: true }).click();
  const form = page.getByRole("form", { name: "Add a translation", exact: true });
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
  await expect(page.getByText("Add a translation", { exact: true })).toHaveCount(0);
  await box.getByRole("link", { name: "Russian, working translation" }).click();
  await expect(page).toHaveURL(/\?text=ru$/);
  await expect(box).toContainText(`Working translation into Russian by ${editor.name}, not official`);
  await expect(page.locator("blockquote[lang='ru']")).toHaveText(RUSSIAN);

  await box.getByRole("link", { name: "Original (English)" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(box).toContainText("Original, English");
  await expect(page.locator("blockquote[lang='en']")).toHaveText(original);
});

const RESPONSE_RU = "Рекомендация находится на стадии выполнения (рабочий перевод позиции ЦИК).";

test("a response's translation: added by an editor under the response, read by a viewer beside the original", async ({
  page,
  signInAs,
}) => {
  const editor = await signInAs("editor");
  await page.goto("/cycles/kz-2011");
  await page.getByRole("link", { name: "Recommendation 14(b)", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recommendation 14(b)" })).toBeVisible();
  const path = new URL(page.url()).pathname;
  const entry = () =>
    page
      .getByRole("region", { name: "State's response" })
      .getByRole("list", { name: /All recorded responses/ })
      .getByRole("listitem")
      .first();

  await entry().getByText("Add a translation of this response").click();
  const form = entry().getByRole("form", { name: "Add a translation of this response" });
  await form.getByLabel("Language").selectOption({ label: "Russian" });
  await expect(form.getByLabel("Translated by")).toHaveValue(editor.name);
  await form.getByRole("textbox", { name: /^Translation/ }).fill(RESPONSE_RU);
  await form.getByRole("button", { name: "Add translation" }).click();
  await expect(form.getByRole("status")).toHaveText("The translation was added.");

  await signInAs("viewer");
  await page.goto(path);
  await expect(entry().getByText("Add a translation of this response")).toHaveCount(0);
  await entry().getByText("1 translation of this response").click();
  await expect(entry()).toContainText("The response above is the original, in English.");
  await expect(entry().getByRole("region", { name: "Language of the text" })).toContainText(
    `Working translation into Russian by ${editor.name}, not official. The original is authoritative.`,
  );
  await expect(entry().locator("blockquote[lang='ru']")).toHaveText(RESPONSE_RU);
});

test("a document's title: an editor marks the language of the original, audited, and sets it back", async ({
  page,
  signInAs,
}) => {
  await signInAs("editor");
  const change = async (from: string, to: string) => {
    await page.goto("/documents/kz-2012-press-release");
    await page.getByText(`Language of the original: ${from}`).click();
    const form = page.getByRole("form", { name: "Language of the original" });
    await form.getByRole("combobox", { name: /^Language of the original/ }).selectOption({ label: to });
    await form.getByRole("textbox", { name: /^Reason for the change/ }).fill("checked against the source");
    await form.getByRole("button", { name: "Change the language" }).click();
    await expect(form.getByRole("status")).toHaveText("The language of the original was changed.");
    await expect(page.getByText(`Language of the original: ${to}`)).toBeVisible();
  };
  await change("English", "Russian");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "ru");
  await change("Russian", "English");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
});
