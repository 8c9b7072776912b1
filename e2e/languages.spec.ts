// Languages: the browser's Accept-Language picks Russian; the header's switcher changes the language on the same
// page (query string kept, no language in the URL); a signed-in user's choice is saved on the account and comes
// back after signing out and in again, even without the cookie. Axe checks each page.
import { test, expect } from "./fixtures";
import { expectAccessible } from "./checks";

test("Accept-Language: Russian shows the navigation in Russian", async ({ browser, baseURL }) => {
  // The browser's language (Chromium sends it as Accept-Language: "ru-RU,ru;q=0.9").
  const context = await browser.newContext({ baseURL, locale: "ru-RU" });
  const page = await context.newPage();
  const sent = page.waitForRequest((r) => r.isNavigationRequest());
  await page.goto("/sign-in");
  expect((await sent).headers()["accept-language"]).toMatch(/^ru-RU/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1, name: "Вход" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Основная навигация" });
  await expect(nav.getByRole("link", { name: "Циклы" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Отчёты" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Перейти к содержанию" })).toBeAttached();
  await expectAccessible(page);
  await context.close();
});

test("switching to Kazakh on a recommendation stays on the same page; the choice survives signing out and in", async ({
  page,
  context,
  signInAs,
}) => {
  await signInAs("languages");
  await page.goto("/cycles/kz-2011");
  await page.locator("li[data-label] a").first().click();
  await expect(page).toHaveURL(/\/recommendations\/[^/?]+$/);
  const recommendation = new URL(page.url()).pathname;
  await page.goto(`${recommendation}?on=2012-06-01`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);

  // The language menu is named after the language being read.
  await page.locator("summary", { hasText: "Language: English" }).click();
  await page.getByRole("button", { name: "Қазақша" }).click();
  // The same page and query string, no language in the URL; the interface in Kazakh.
  await expect(page).toHaveURL(new RegExp(`${recommendation}\\?on=2012-06-01$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(
    page.getByRole("navigation", { name: "Негізгі навигация" }).getByRole("link", { name: "Циклдер" }),
  ).toBeVisible();
  await page.locator("summary", { hasText: "Тіл: Қазақша" }).click();
  await expect(page.getByRole("button", { name: "Қазақша" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Escape");
  await expectAccessible(page);

  // Signed out, without the cookie: English again (nothing says otherwise)…
  await page.locator("summary", { hasText: "тіркелгі" }).click();
  await page.getByRole("button", { name: "Шығу" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await context.clearCookies();
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);

  // …and signed in again, the account's language.
  await signInAs("languages");
  await page.goto("/dashboards");
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(page.getByRole("heading", { level: 1, name: "Жиынтықтар" })).toBeVisible();
  await expectAccessible(page);

  // The account page changes it back (and says so).
  await page.goto("/account/language");
  await expect(page.getByRole("heading", { level: 1, name: "Сіздің тіліңіз" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Тілді сақтау" }).click();
  await expect(page.getByRole("status")).toHaveText("Your language is saved.");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
