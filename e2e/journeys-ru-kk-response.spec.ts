// Issue 12's journey in Russian and in Kazakh: an editor reading the tracker in that language opens a
// recommendation of the 2011 cycle, records a new answer of the state through the form (every label found by the
// words of that language's catalogue, the date typed as that language writes it), and sees it on the page; axe
// checks the page before and after. The language comes from the `locale` cookie (the editors' accounts have none).
import { readFileSync } from "node:fs";
import path from "node:path";
import { test, expect } from "./fixtures";
import { expectAccessible } from "./checks";

// Every catalogue has the keys of the English one (lib/i18n/catalogues.test.ts).
type Catalogue = typeof import("../messages/en.json");
const catalogue = (locale: string): Catalogue =>
  JSON.parse(readFileSync(path.resolve("messages", `${locale}.json`), "utf8"));

// A recommendation no other journey touches, per language; the new answer repeats the current status, so no
// count on any dashboard changes.
const CASES = [
  { locale: "ru", user: "response-ru", label: "7(a)", typed: "13.07.2015", heading: "Рекомендация 7(a)" },
  { locale: "kk", user: "response-kk", label: "14(a)", typed: "13.07.2015", heading: "14(a) ұсыным" },
] as const;

for (const c of CASES) {
  test(`${c.locale}: an editor records the state's response in ${c.locale}, and sees it on the page`, async ({
    page,
    context,
    baseURL,
    signInAs,
  }) => {
    test.setTimeout(90_000);
    const m = catalogue(c.locale);
    await context.addCookies([{ name: "locale", value: c.locale, url: baseURL! }]);
    await signInAs(c.user);

    await page.goto("/cycles/kz-2011");
    await page.locator(`li[data-label='${c.label}']`).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/recommendations\/[^/?]+$/);
    await expect(page.locator("html")).toHaveAttribute("lang", c.locale);
    await expect(page.getByRole("heading", { level: 1, name: c.heading, exact: true })).toBeVisible();
    const panel = page.getByRole("region", { name: m.entries.responseTitle, exact: true });
    await expect(panel).toContainText(m.entries.responseSubtitle);
    // The current status, in this language's words (the badge reads "<glyph> <status>").
    const badge = (await panel.locator(".badge").first().innerText()).trim();
    const status = Object.entries(m.status.stateResponse).find(
      ([code, words]) => code !== "NO_RESPONSE" && badge.endsWith(words),
    );
    expect(status, `a status of the catalogue in "${badge}"`).toBeTruthy();
    const countBefore = await panel.locator("ol > li").count();
    await expectAccessible(page);

    await panel.getByRole("link", { name: m.entries.recordResponse, exact: true }).click();
    const form = page.getByRole("form", { name: m.entries.recordResponse });
    await expect(form).toBeVisible();
    await form.getByLabel(m.entries.statusField).selectOption({ label: status![1] });
    // The hint tells how to type a date in this language (ДД.ММ.ГГГГ / КК.АА.ЖЖЖЖ); that is how it is typed.
    await expect(form.getByText(m.forms.dateHint, { exact: true })).toBeVisible();
    await form.getByLabel(m.forms.dateLabel, { exact: true }).fill(c.typed);
    const text = `Ответ, записанный на языке ${c.locale} (e2e ${Date.now()}).`;
    await form.getByLabel(m.entries.responseText).fill(text);
    await form.getByLabel(m.forms.dateNote, { exact: true }).fill(`e2e ${c.locale}`);
    await expect(form.getByText(m.entries.responseTextHint, { exact: true })).toBeVisible();
    await form.getByRole("button", { name: m.entries.recordTheResponse, exact: true }).click();
    await expect(form.getByRole("status")).toBeVisible();

    // Shown on the page: the new answer is the current one (dated after the 2011 answer), in full at the top,
    // and the list of every recorded answer has one more.
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", c.locale);
    await expect(panel.locator("ol > li")).toHaveCount(countBefore + 1);
    await expect(panel.locator(":scope > div > div").first()).toContainText(text);
    await expect(panel).toContainText(m.entries.onTheDate.replace("{note}", `e2e ${c.locale}`));
    await expect(panel.getByText(m.entries.current, { exact: true })).toHaveCount(1);
    await expect(panel.locator(".badge").first()).toContainText(status![1]);
    await expectAccessible(page);
  });
}
