// Reports in the reader's language or the one chosen on the report page (issue 12): the downloads' headings and
// column names follow the reader's language when none is named, the "Language of the report" field names one,
// and the PDF declares it.
import { test, expect } from "./fixtures";

test("a download is in the reader's language unless the report names another; an unknown language is refused", async ({
  page,
  signInAs,
}) => {
  await signInAs("viewer");
  const csv = async (query: string, acceptLanguage: string) => {
    const res = await page.request.get(`/api/reports/kz-2011/csv${query}`, {
      headers: { "Accept-Language": acceptLanguage },
    });
    expect(res.status()).toBe(200);
    return (await res.text()).split("\r\n")[0]!;
  };
  expect(await csv("", "kk-KZ,ru;q=0.8")).toMatch(/^\uFEFFЦикл,Ұсыным,Бөлім,Басымдық,/);
  expect(await csv("?lang=ru", "kk-KZ")).toMatch(/^\uFEFFЦикл,Рекомендация,Раздел,Приоритет,/);
  expect(await csv("?lang=en", "ru")).toMatch(/^\uFEFFCycle,Recommendation,Section,Priority,/);
  const bad = await page.request.get("/api/reports/kz-2011/csv?lang=de");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).invalid).toEqual(["lang"]);
});

test("the report page's language field names the language of every download", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/reports/kz-2011");
  await page.getByLabel("Language of the report").selectOption("ru");
  await page.getByRole("button", { name: "Update report" }).click();
  await expect(page).toHaveURL(/lang=ru/);
  await expect(page.getByLabel("Language of the report")).toHaveValue("ru");
  const link = page.getByRole("navigation", { name: "Download this report" }).locator('a[href*="/pdf?"]');
  await expect(link).toHaveAttribute("href", /lang=ru/);
  const res = await page.request.get((await link.getAttribute("href"))!);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect((await res.body()).toString("latin1")).toMatch(/\/Lang \(ru\)/);
});
