// An editor tags two recommendations of different cycles "Media" (one on its own page, one with the bulk action
// on its cycle's list); the Media dashboard lists both, under their cycles, with the status their cycle shows.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

/** The state's response and the independent assessment an item of a cycle's list shows. */
async function statusesOnCycleList(page: Page, cycle: string, label: string) {
  await page.goto(`/cycles/${cycle}`);
  const badges = page.locator(`li[data-label='${label}'] dd`);
  // The badge's words (a badge is a symbol, then the words, on their own line).
  const words = async (i: number) => (await badges.nth(i).innerText()).trim().split("\n").at(-1)!.trim();
  return [await words(0), await words(1)];
}

test("an editor tags recommendations of two cycles “Media”; the Media dashboard lists both with their status", async ({
  page,
  signInAs,
}) => {
  await signInAs("editor");

  // 2005: on the recommendation's page.
  await page.goto("/cycles/kz-2005");
  await page.locator("li[data-label='17']").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recommendation 17");
  const themes = page.getByRole("region", { name: "Themes" });
  await expect(themes).toContainText("No theme yet.");
  await themes.getByText("Change themes").click();
  await themes.getByRole("checkbox", { name: "Media" }).check();
  await themes.getByRole("button", { name: "Save themes" }).click();
  await expect(themes.getByRole("status")).toHaveText("The themes were saved.");
  await expect(themes.getByRole("list", { name: "Themes of this recommendation" })).toHaveText("Media");

  // 2011: ticked in the cycle's list, then the bulk action.
  await page.goto("/cycles/kz-2011");
  await page.getByRole("checkbox", { name: "Select recommendation 19" }).check();
  const bulk = page.getByRole("form", { name: "Bulk changes" });
  await bulk.getByLabel("Theme", { exact: true }).selectOption({ label: "Media" });
  await bulk.getByRole("button", { name: "Apply to selected" }).click();
  await expect(bulk.getByRole("status")).toHaveText("Media was given to 1 recommendation.");

  const s2005 = await statusesOnCycleList(page, "kz-2005", "17");
  const s2011 = await statusesOnCycleList(page, "kz-2011", "19");

  await page.goto("/dashboards");
  await page.getByRole("link", { name: "Themes", exact: true }).click();
  await page.getByRole("link", { name: "Media" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Media · 2005–2011");
  await expect(page.getByText("All cycles: 2 recommendations")).toBeVisible();
  for (const [year, label, [state, independent]] of [
    ["2005", "17", s2005],
    ["2011", "19", s2011],
  ] as const) {
    const cycle = page.getByRole("region", { name: new RegExp(`^${year} `) });
    const item = cycle.locator(`li[data-item='${label}']`);
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(state!);
    await expect(item).toContainText(independent!);
  }

  // The change is in the audit history, in words.
  await page.goto("/audit?entityType=RecommendationTheme");
  await expect(page.getByText("Theme of a recommendation: Media").first()).toBeVisible();
});
