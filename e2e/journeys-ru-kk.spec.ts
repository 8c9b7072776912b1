// Russian and Kazakh journeys: a reader whose browser asks for Russian (or Kazakh) signs in through the real
// form, reads the dashboards and a cycle's dashboard in that language (headings, lens and status names, dates and
// percentages of the language) and downloads a cycle's report as PDF, with an axe check on every page.
// The expected words come from the catalogues themselves, so the journey follows their edits.
// (Editing a response in these languages: e2e/journeys-ru-kk-response.spec.ts.)
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { formatDate, formatPercent } from "../lib/i18n/format";
import kk from "../messages/kk.json" with { type: "json" };
import ru from "../messages/ru.json" with { type: "json" };
import { test, expect, testUsers } from "./fixtures";
import { expectAccessible } from "./checks";

const JOURNEYS = [
  { lang: "ru", browserLocale: "ru-RU", user: "journeys-ru", m: ru },
  { lang: "kk", browserLocale: "kk-KZ", user: "journeys-kk", m: kk },
] as const;

/** A catalogue message with its {placeholders} filled in (plain messages only: no plurals). */
const fill = (message: string, values: Record<string, string>) =>
  message.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The count a dashboard cell shows (its link's accessible words follow the number). */
const countIn = async (cell: ReturnType<Page["locator"]>) => parseInt(await cell.innerText(), 10);

for (const { lang, browserLocale, user, m } of JOURNEYS) {
  test(`${lang}: sign in, read the dashboards, download a cycle's report`, async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    // The browser's language, as Chromium sends it; the user has no language of their own (never the switcher:
    // it would save one on the account).
    const context = await browser.newContext({ baseURL, locale: browserLocale, acceptDownloads: true });
    const page = await context.newPage();
    const { email, password } = testUsers(baseURL!)[user];

    // 1. The sign-in form, in the language.
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1, name: m.signIn.title })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(m.signIn.email, { exact: true }).fill(email);
    await page.getByLabel(m.signIn.password, { exact: true }).fill(password);
    await page.getByRole("button", { name: m.signIn.submit, exact: true }).click();
    // The first pages of a fresh server are slow to render: signing in leads to the cycle list.
    await expect(page).toHaveURL((u) => u.pathname === "/", { timeout: 60_000 });
    await expect(page.getByRole("heading", { level: 1, name: m.home.title })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expectAccessible(page);

    // 2. The dashboards: headings, both lenses and the status names of the language.
    await page.goto("/dashboards");
    await expect(page.getByRole("heading", { level: 1, name: m.dashboards.title, exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: m.dashboards.byCycleHeading })).toBeVisible();
    for (const lens of ["state", "independent"] as const) {
      const heading = fill(m.dashboards.byCycle, { lens: m.status.lens[lens] });
      await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
    }
    for (const status of Object.values(m.status.assessment))
      await expect(page.getByRole("columnheader", { name: status, exact: true }).first()).toBeVisible();
    await expect(page.getByText(m.dashboard.howComputed.title).first()).toBeVisible();
    await expectAccessible(page);

    // A cycle's dashboard on a chosen day: the day in the language's format, shares as its percentages.
    await page.goto("/dashboards/kz-2011?on=2012-06-01");
    const cycleTitle = new RegExp(`^${escape(fill(m.dashboards.cycleTitle, { name: "" }))}2011 `);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(cycleTitle);
    const day = formatDate(new Date("2012-06-01T00:00:00.000Z"), lang);
    const moment = fill(m.dashboard.moment.onNow, { on: day });
    await expect(page.locator("[data-moment-line] > span").first()).toHaveText(
      moment.charAt(0).toLocaleUpperCase(lang) + moment.slice(1),
    );
    for (const heading of [m.dashboards.totalsHeading, m.dashboards.crossHeading, m.dashboards.staleHeading])
      await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
    await expect(
      page.getByRole("heading", {
        level: 3,
        name: fill(m.dashboard.breakdown.section.byLens, { lens: m.status.lens.independent }),
        exact: true,
      }),
    ).toBeVisible();
    const state = page.getByRole("table", { name: m.status.lens.state, exact: true });
    for (const status of Object.values(m.status.stateResponse))
      await expect(state.getByRole("rowheader", { name: status, exact: true })).toBeVisible();
    const row = (name: string) =>
      state.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
    const implemented = await countIn(row(m.status.stateResponse.IMPLEMENTED).getByRole("cell").first());
    const total = await countIn(row(m.dashboard.distribution.total).getByRole("cell").first());
    expect(total).toBeGreaterThan(0);
    await expect(page.locator(`dt:text-is("${m.dashboard.totals.stateImplemented}") + dd`)).toHaveText(
      formatPercent(implemented / total, lang),
    );
    await expectAccessible(page);

    // 3. The reports, a cycle's report, and its PDF.
    await page.goto("/reports");
    await expect(page.getByRole("heading", { level: 1, name: m.reportsPage.title, exact: true })).toBeVisible();
    const link = page.locator('a[href="/reports/kz-2011"]');
    await expect(link).toHaveText(new RegExp(`^${escape(fill(m.reportsPage.reportOf, { name: "" }))}2011 `));
    await expectAccessible(page);
    await link.click();
    await expect(page).toHaveURL(/\/reports\/kz-2011$/);
    const options = page.getByRole("form", { name: m.report.options.label });
    await expect(options.getByLabel(m.report.options.on.label, { exact: true })).toBeVisible();
    await expect(options.getByRole("button", { name: m.report.options.submit })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: m.report.contents.heading })).toBeVisible();
    await expectAccessible(page);
    const downloads = page.getByRole("navigation", { name: m.report.downloads.label });
    const pdf = downloads.getByRole("link", { name: m.report.format.pdf, exact: true });
    const [download] = await Promise.all([page.waitForEvent("download"), pdf.click()]);
    expect(download.suggestedFilename()).toMatch(/^kz-2011-report-.+\.pdf$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await context.close();
  });
}
