// Sessions end on the server: a copied session cookie dies when its owner signs out, and changing one's
// password ends every session and needs the new password to sign in again.
import { test, expect, testUsers } from "./fixtures";
import { accountMenu } from "./checks";

test("signing out also ends a copy of the session cookie in another browser", async ({ page, browser, signInAs }) => {
  await signInAs("sessions");
  const copied = await browser.newContext();
  try {
    await copied.addCookies(await page.context().cookies());
    const thief = await copied.newPage();
    await thief.goto("/");
    await expect(thief.getByRole("heading", { level: 1, name: "Election cycles" })).toBeVisible();

    await page.goto("/");
    await accountMenu(page).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    await thief.goto("/cycles/kz-2011");
    await expect(thief).toHaveURL(/\/sign-in\?next=%2Fcycles%2Fkz-2011/);
  } finally {
    await copied.close();
  }
});

test("a user changes their password, is signed out, and signs in with the new one", async ({
  page,
  baseURL,
  signInAs,
}) => {
  const user = await signInAs("passwords");
  expect(testUsers(baseURL!).passwords.email).toBe(user.email);
  await page.goto("/");
  await accountMenu(page).click();
  await page.getByRole("link", { name: "Password", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change your password" })).toBeVisible();

  const form = page.getByRole("form", { name: "Change your password" });
  await form.getByLabel("Current password").fill("not-my-password");
  await form.getByLabel(/^New password/).fill("aaaaaaaaaaaa");
  await form.getByLabel("Confirm new password").fill("aaaaaaaaaaaa");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("Do not use a repeated character or a short repeated pattern")).toBeVisible();

  await form.getByLabel("Current password").fill("not-my-password");
  await form.getByLabel(/^New password/).fill("quiet harbour lantern 58");
  await form.getByLabel("Confirm new password").fill("quiet harbour lantern 58");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("This is not your current password")).toBeVisible();

  await form.getByLabel("Current password").fill(user.password);
  await form.getByLabel(/^New password/).fill("quiet harbour lantern 58");
  await form.getByLabel("Confirm new password").fill("quiet harbour lantern 58");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText(/Your password was changed/)).toBeVisible();

  await page.goto("/cycles/kz-2011");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText(/Sign-in failed\./);
  await page.getByLabel("Password").fill("quiet harbour lantern 58");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText(user.name)).toBeVisible();
});
