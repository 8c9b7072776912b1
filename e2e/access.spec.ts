// Role gating and anonymous access (PUBLIC_READ is off on this server).
import { test, expect } from "./fixtures";

test("anonymous visitors are sent to sign-in for every reading page", async ({ page }) => {
  for (const path of ["/", "/cycles/kz-2011", "/documents", "/admin/users"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  }
  // The data behind the pages is not reachable either.
  const res = await page.request.get("/cycles/kz-2011", { maxRedirects: 0 });
  expect([303, 307, 308]).toContain(res.status());
});

test("a viewer reads but cannot open user administration", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test("an editor cannot open user administration either", async ({ page, signInAs }) => {
  await signInAs("editor");
  const res = await page.goto("/admin/users");
  expect(res?.status()).toBe(404);
});

test("an admin sees the users, with roles, and no password data", async ({ page, signInAs }) => {
  await signInAs("admin");
  await page.goto("/");
  await page.getByRole("link", { name: "Admin" }).click();
  await page.getByRole("main").getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("row", { name: /viewer@e2e\.example/ })).toContainText("Viewer");
  await expect(table.getByRole("row", { name: /editor@e2e\.example/ })).toContainText("Editor");
  await expect(page.locator("body")).not.toContainText("scrypt$");
});
