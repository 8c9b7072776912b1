// Admin-issued one-time password reset links, and revoking a pending invitation.
// Works only with accounts and invitations it creates itself (the e2e database is shared between specs).
import type { Browser, Page } from "@playwright/test";
import { test, expect } from "./fixtures";

async function freshPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  return { context, page: await context.newPage() };
}

/** Signs in through the real form; returns whether it worked. */
async function signInWithForm(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

const usersTable = (page: Page) =>
  page.getByRole("table", { name: "Users of the tracker, with their role and status" });
const rowOf = (page: Page, email: string) =>
  usersTable(page).getByRole("row", { name: new RegExp(email.replace(/[.+]/g, "\\$&")) });

test("an admin issues a reset link; the user sets a new password with it, once, and old sessions end", async ({
  page,
  browser,
  baseURL,
  signInAs,
}) => {
  // Four password hashes and three browsers: long on a busy machine.
  test.setTimeout(120_000);
  await signInAs("admin");
  await page.goto("/admin/users");

  const stamp = Date.now();
  const name = `Reset user ${stamp}`;
  const email = `reset-${stamp}@e2e.example`;
  const oldPassword = `the old password ${stamp}`;
  const newPassword = `a fresh new password ${stamp}`;

  const add = page.getByRole("region", { name: "Add a user" });
  await add.getByLabel("Name").fill(name);
  await add.getByLabel("Email").fill(email);
  await add.getByLabel("Role").selectOption("VIEWER");
  await add.getByLabel("Initial password").fill(oldPassword);
  await add.getByRole("button", { name: "Add user" }).click();
  await expect(add.getByRole("status")).toHaveText(`${name} can now sign in as ${email}.`);

  // The user is signed in elsewhere (a session the reset must end).
  const old = await freshPage(browser, baseURL!);
  await signInWithForm(old.page, email, oldPassword);
  await expect(old.page.getByRole("heading", { level: 1, name: "Election cycles" })).toBeVisible();

  // A first link, voided from the pending list: it stops working.
  const row = rowOf(page, email);
  await row.getByText("Manage").click();
  await row.getByRole("button", { name: `Create password reset link for ${name}` }).click();
  await expect(row.getByRole("status")).toContainText(`Reset link created for ${name}.`);
  const voided = await row.getByLabel("Password reset link").inputValue();
  expect(voided).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/reset-password\/[A-Za-z0-9_-]{43}$/);
  await page.reload();
  const pending = page.getByRole("region", { name: "Pending password reset links" });
  const pendingRow = pending.getByRole("row", { name: new RegExp(name) });
  await expect(pendingRow).toContainText(email);
  await pendingRow.getByRole("button", { name: `Void the reset link for ${name}` }).click();
  await expect(pending.getByRole("status")).toHaveText("The reset link was voided; it no longer works.");
  await page.reload();
  await expect(page.getByRole("region", { name: "Pending password reset links" })).not.toContainText(email);

  const anon = await freshPage(browser, baseURL!);
  await anon.page.goto(voided);
  await expect(anon.page.getByRole("heading", { level: 1, name: "This link is no longer valid" })).toBeVisible();

  // A second link, used.
  const row2 = rowOf(page, email);
  await row2.getByText("Manage").click();
  await row2.getByRole("button", { name: `Create password reset link for ${name}` }).click();
  const link = await row2.getByLabel("Password reset link").inputValue();

  await anon.page.goto(link);
  await expect(anon.page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  const main = anon.page.getByRole("main");
  await expect(main).toContainText(email);
  // The policy applies: a short one is refused and nothing is spent.
  await main.getByLabel(/^New password/).fill("too short");
  await main.getByLabel("Confirm new password").fill("too short");
  await main.getByRole("button", { name: "Set new password" }).click();
  await expect(main.getByText("Use at least 12 characters")).toBeVisible();

  await main.getByLabel(/^New password/).fill(newPassword);
  await main.getByLabel("Confirm new password").fill(newPassword);
  await main.getByRole("button", { name: "Set new password" }).click();
  await expect(main.getByRole("status")).toHaveText(
    "Your password was changed and every session of your account has ended. Sign in with the new password.",
  );

  // The session opened before the reset has ended.
  await old.page.goto("/");
  await expect(old.page).toHaveURL(/\/sign-in/);
  await old.context.close();

  // The old password no longer works; the new one does.
  await signInWithForm(anon.page, email, oldPassword);
  await expect(anon.page.locator("main").getByRole("alert")).toHaveText(/Sign-in failed\./);
  await signInWithForm(anon.page, email, newPassword);
  await expect(anon.page.getByRole("heading", { level: 1, name: "Election cycles" })).toBeVisible();
  await expect(anon.page.getByText(name)).toBeVisible();

  // The link worked once.
  await anon.page.goto(link);
  await expect(anon.page.getByRole("heading", { level: 1, name: "This link is no longer valid" })).toBeVisible();
  await anon.context.close();

  // Issued, voided and used are in the audit history, in words.
  await page.goto("/audit?entityType=User");
  const audit = page.getByRole("table");
  await expect(audit).toContainText("Password reset link issued");
  await expect(audit).toContainText("Password reset link voided");
  await expect(audit).toContainText("Password reset with a link (all sessions ended)");
});

test("an admin revokes a pending invitation, and its link stops working", async ({
  page,
  browser,
  baseURL,
  signInAs,
}) => {
  await signInAs("admin");
  await page.goto("/admin/users");
  const email = `revoked-invite-${Date.now()}@e2e.example`;

  const invite = page.getByRole("region", { name: "Invite a user" });
  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Role").selectOption("VIEWER");
  await invite.getByRole("button", { name: "Create invitation link" }).click();
  const link = await invite.getByLabel("Invitation link").inputValue();

  await page.reload();
  const pending = page.getByRole("region", { name: "Pending invitations" });
  const row = pending.getByRole("row", { name: new RegExp(email.replace(/[.+]/g, "\\$&")) });
  await expect(row).toContainText("Viewer");
  await row.getByRole("button", { name: `Revoke the invitation for ${email}` }).click();
  await expect(pending.getByRole("status")).toHaveText("The invitation was revoked; its link no longer works.");
  await page.reload();
  await expect(page.getByRole("region", { name: "Pending invitations" })).not.toContainText(email);

  const anon = await freshPage(browser, baseURL!);
  await anon.page.goto(link);
  await expect(anon.page.getByRole("heading", { level: 1, name: "This invitation cannot be used" })).toBeVisible();
  await anon.context.close();

  await page.goto("/audit?entityType=Invite");
  await expect(page.getByRole("table")).toContainText("Revoked");
});
