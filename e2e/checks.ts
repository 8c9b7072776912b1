// Checks several journeys share: axe on a page (WCAG 2.1 A and AA), and reading the site in a language through the
// cookie the header's language menu sets (never the shared users' saved language, which other journeys rely on).
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import { expect } from "./fixtures";

export async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export async function readIn(context: BrowserContext, baseURL: string, locale: "en" | "ru" | "kk") {
  await context.addCookies([{ name: "locale", value: locale, url: baseURL }]);
}

/** The signed-in person's menu in the header (the other menu there is the language's). */
export const accountMenu = (page: Page) => page.getByRole("banner").locator("summary", { hasText: ": account" });
