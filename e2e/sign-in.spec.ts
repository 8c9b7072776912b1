// The one journey that drives the real sign-in form.
import { test, expect, testUsers } from "./fixtures";
import { accountMenu } from "./checks";

test("a user signs in with the form, is refused with bad credentials, and signs out", async ({ page, baseURL }) => {
  const viewer = testUsers(baseURL!).viewer;
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel("Email").fill(viewer.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const alert = page.locator("main").getByRole("alert");
  await expect(alert).toHaveText(
    "Sign-in failed. Check your email and password, or wait a few minutes if you have tried several times.",
  );

  // An unknown email gets exactly the same message.
  await page.getByLabel("Email").fill("nobody@e2e.example");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(alert).toHaveText(/Sign-in failed\./);

  await page.getByLabel("Email").fill(viewer.email);
  await page.getByLabel("Password").fill(viewer.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Election cycles" })).toBeVisible();
  await expect(page.getByText(viewer.name)).toBeVisible();
  // The password never travels in the URL.
  expect(page.url()).not.toContain(viewer.password);

  await accountMenu(page).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/cycles/kz-2011");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcycles%2Fkz-2011/);
});
