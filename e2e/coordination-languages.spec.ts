// The coordination pages in Kazakh and Russian: an editor reading in Kazakh searches (a Cyrillic query goes
// through the URL and comes back in the field and the answer; a found text is described in Kazakh), then opens the
// deadlines, "My work", the review queue and the notifications; another in Russian sees the plural forms of
// counts. The language comes from the cookie the header's switcher sets (the editor has no saved language).
// Axe checks each page.
import { test, expect } from "./fixtures";
import { expectAccessible, readIn } from "./checks";

test("an editor reading in Kazakh searches in Cyrillic and opens the coordination pages", async ({
  page,
  context,
  baseURL,
  signInAs,
}) => {
  test.slow(); // six pages, each with an axe check, on a shared machine
  await readIn(context, baseURL!, "kk");
  await signInAs("editor");

  const query = "Қазақстан ӘДІЛЕТ ғимарат өңір үгіт һ";
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(page.getByRole("heading", { level: 1, name: "Іздеу" })).toBeVisible();
  await expect(page.getByLabel("Сөздер немесе тіркестер")).toHaveValue(query);
  await expect(
    page.getByRole("status").filter({ hasText: `«${query}» сұрауы бойынша ештеңе табылмады.` }),
  ).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^Іздеу: ${query}`));
  await expectAccessible(page);

  await page.goto("/search?q=language+fluency");
  await expect(
    page.getByRole("status").filter({ hasText: /«language fluency» сұрауы бойынша \d+ нәтиже/ }),
  ).toBeVisible();
  const results = page.getByRole("list", { name: "Іздеу нәтижелері" });
  await expect(results.getByRole("link", { name: /3\(a\) ұсыным — ұсынымның мәтіні$/ }).first()).toBeVisible();
  await expectAccessible(page);

  await page.goto("/deadlines?view=overdue");
  await expect(page.getByRole("heading", { level: 1, name: "Мерзімі өткен ұсынымдар" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Мерзімдер тізімдері" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/my-work");
  await expect(page.getByRole("heading", { level: 1, name: "Менің жұмысым" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Мерзімі өткен" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "Тексеруді күтіп тұрған жобалар" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Хабарламалар" })).toBeVisible();
  await expectAccessible(page);
});

test("an editor reading in Russian sees counts in the right plural forms", async ({
  page,
  context,
  baseURL,
  signInAs,
}) => {
  test.slow();
  await readIn(context, baseURL!, "ru");
  await signInAs("editor");

  // 21 takes the singular in Russian ("21 день"), 22 the "few" form ("22 дня"), 25 the "many" form ("25 дней").
  for (const [days, words] of [
    [21, "21 день"],
    [22, "22 дня"],
    [25, "25 дней"],
  ] as const) {
    await page.goto(`/deadlines?view=upcoming&days=${days}`);
    await expect(page.getByRole("heading", { level: 1, name: `Целевые даты в ближайшие ${words}` })).toBeVisible();
  }
  await expectAccessible(page);

  await page.goto("/search?q=language+fluency");
  await expect(page.getByRole("heading", { level: 1, name: "Поиск" })).toBeVisible();
  await expect(
    page.getByRole("status").filter({ hasText: /^По запросу «language fluency» найден(о)? \d+ результат/ }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.goto("/account/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Уведомления по электронной почте" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Сохранить выбор" })).toBeVisible();
  await expectAccessible(page);
});
