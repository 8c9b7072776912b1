// The imports in the reader's language: an editor reading Kazakh checks an unchanged spreadsheet (a dry run that
// finds nothing to change), one reading Russian previews a pasted recommendations section, and the earlier and
// later forms of a recommendation read in Kazakh. Nothing is written. The language comes from the cookie the
// switcher sets, not from the shared editor's account (other journeys sign in as the same editor, in English).
import { test, expect } from "./fixtures";
import { expectAccessible, readIn } from "./checks";

test("in Kazakh: the spreadsheet page and a dry run of an unchanged export", async ({
  page,
  context,
  baseURL,
  signInAs,
}) => {
  await signInAs("editor");
  await readIn(context, baseURL!, "kk");
  await page.goto("/cycles/kz-2011/spreadsheet");
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "2011 Early presidential election цикліне кестеден өзгерістерді импорттау",
  );
  // The file to bring back is the English export (the headers the import reads).
  await expect(page.getByRole("link", { name: "CSV", exact: true })).toHaveAttribute("href", /\/csv\?lang=en$/);
  await expectAccessible(page);

  const csv = await (await page.request.get("/api/reports/kz-2011/csv?lang=en")).body();
  await page
    .getByLabel(/^Кесте: осы циклдің CSV немесе XLSX форматындағы өңделген экспорты/)
    .setInputFiles({ name: "Қазақстан-2011.csv", mimeType: "text/csv", buffer: csv });
  await page.getByRole("button", { name: "Файлды тексеру (сынама іске қосу)" }).click();
  const plan = page.getByRole("region", { name: "Сынама іске қосу: Қазақстан-2011.csv" });
  await expect(plan.getByRole("heading", { name: "Мәселелер (0)" })).toBeVisible();
  await expect(plan.getByRole("heading", { name: "Қолданылатын өзгерістер (0)" })).toBeVisible();
  await expect(page.getByRole("button", { name: /өзгерісті қолдану/ })).toHaveCount(0);
  await expectAccessible(page);
});

test("in Russian: a pasted section previewed, nothing written", async ({ page, context, baseURL, signInAs }) => {
  await signInAs("editor");
  await readIn(context, baseURL!, "ru");
  await page.goto("/cycles/kz-2012/recommendations/import-report");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Импорт рекомендаций из текста отчёта в цикл 2012/);
  await page
    .getByLabel("Раздел рекомендаций (вставленный текст)")
    .fill("A. Priority recommendations\n\n91. First test item.\n\n92. Second test item.\n");
  await page.getByRole("button", { name: "Прочитать и просмотреть" }).click();
  await expect(page.getByRole("heading", { name: "Предварительный просмотр: пока ничего не записано" })).toBeVisible();
  const first = page.getByRole("listitem", { name: /^Пункт 1 · рекомендация 91/ });
  await expect(first.getByLabel("Номер")).toHaveValue("91");
  await expect(first.getByRole("button", { name: "Переместить вниз — пункт 1 (91)" })).toBeEnabled();
  await expect(page.getByRole("button", { name: "Импортировать 2 рекомендации" })).toBeVisible();
  await expectAccessible(page);
});

test("in Kazakh: a recommendation's earlier and later forms", async ({ page, context, baseURL, signInAs }) => {
  await signInAs("editor");
  await readIn(context, baseURL!, "kk");
  await page.goto("/cycles/kz-2011");
  await page.locator("li[data-label='3(b)']").getByRole("link").first().click();
  const forms = page.getByRole("region", { name: "Бұрынғы және кейінгі нұсқалары" });
  await expect(forms.getByRole("heading", { name: "Бұрынғы нұсқалары" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Бұрынғы ұсынымдарға ұқсайды" })).toBeVisible();
  await expectAccessible(page);
});
