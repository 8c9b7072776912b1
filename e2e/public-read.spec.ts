// Runs against the server started with PUBLIC_READ=true (on PostgreSQL).
import { test, expect } from "./fixtures";

test("with PUBLIC_READ=true anonymous visitors read, but administration still needs sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Election cycles" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/cycles/kz-2011");
  await expect(page.locator("li[data-label]")).toHaveCount(32);
  // Both clocks are open to anonymous readers too.
  await page.goto("/dashboards/kz-2011?on=2011-06-01");
  await expect(page.getByText("Status on 1 June 2011, as currently recorded", { exact: true })).toBeVisible();
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers/);
});
