// A reader filters the search by a theme, keeps it as a named view, opens it again from "My work", renames it and
// deletes it. The view's link is rebuilt from the search's own filters, so it opens the same search.
import { test, expect } from "./fixtures";

test("a reader saves a search by theme, opens it from My work, renames and deletes it", async ({ page, signInAs }) => {
  await signInAs("viewer");

  await page.goto("/search");
  // The page's search form (the header has a search box of its own).
  const main = page.locator("#main");
  await main.getByLabel("Words or phrases").fill("election");
  await main.getByLabel("Theme").selectOption({ label: "Media" });
  await main.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]theme=[a-z0-9]+/);
  const searchUrl = new URL(page.url());

  const mine = page.getByRole("region", { name: "My views" });
  await expect(mine).toContainText("No saved view of this page yet.");
  const save = mine.getByRole("form", { name: "Save this view" });
  await save.getByLabel("Name of this view").fill("Media in all cycles");
  await save.getByRole("button", { name: "Save this view" }).click();
  await expect(save.getByRole("status")).toHaveText(
    "The view “Media in all cycles” was saved. Find it under My views.",
  );
  await expect(mine.getByRole("link", { name: "Media in all cycles" })).toBeVisible();

  // The same name again, in other letters: refused, with the reason at the field.
  await save.getByLabel("Name of this view").fill("MEDIA in all cycles");
  await save.getByRole("button", { name: "Save this view" }).click();
  await expect(save.getByText(/You already have a view named/)).toBeVisible();

  await page.goto("/my-work");
  const views = page.getByRole("region", { name: "My views" });
  await expect(views.getByRole("listitem")).toHaveCount(1);
  await expect(views).toContainText("Search");
  await views.getByRole("link", { name: "Media in all cycles" }).click();
  await expect(page).toHaveURL(/\/search\?/);
  const opened = new URL(page.url());
  expect(opened.searchParams.get("q")).toBe("election");
  expect(opened.searchParams.get("theme")).toBe(searchUrl.searchParams.get("theme"));
  await expect(main.getByLabel("Theme")).toHaveValue(searchUrl.searchParams.get("theme")!);

  await page.goto("/my-work");
  await views.getByText("Change").click();
  const rename = views.getByRole("form", { name: "Rename Media in all cycles" });
  await rename.getByLabel("New name").fill("Media, 2005–2012");
  await rename.getByRole("button", { name: "Rename" }).click();
  await expect(rename.getByRole("status")).toHaveText("The view was renamed “Media, 2005–2012”.");
  await expect(views.getByRole("link", { name: "Media, 2005–2012" })).toBeVisible();

  // A fresh page: the "Change" panel starts folded.
  await page.goto("/my-work");
  await views.getByText("Change").click();
  const remove = views.getByRole("form", { name: "Delete Media, 2005–2012" });
  await remove.getByRole("button", { name: "Delete this view" }).click();
  await expect(views).toContainText("No saved view yet");
  await expect(views.getByRole("link")).toHaveCount(0);
});
