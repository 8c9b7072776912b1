// User administration: adding, inviting, deactivating; the last-admin guard.
// Works only with accounts it creates itself: the fixture users
// (editor@e2e.example, viewer@e2e.example) are never changed here.
import type { Browser, Page } from "@playwright/test";
import { test, expect, testUsers } from "./fixtures";

/** Signs in through next-auth's credentials endpoint, like the fixture, for any account. */
async function signInWithRequest(page: Page, email: string, password: string) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(res.ok()).toBe(true);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.user?.email).toBe(email);
}

async function freshPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  return { context, page: await context.newPage() };
}

const userRow = (page: Page, email: string) =>
  page.getByRole("table").getByRole("row", { name: new RegExp(email.replace(/[.+]/g, "\\$&")) });

test("an admin adds a user, who signs in; deactivating them ends their open session at once", async ({
  page,
  browser,
  baseURL,
  signInAs,
}) => {
  await signInAs("admin");
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await page.getByRole("main").getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(page.getByText("Deactivated users are signed out at once.")).toBeVisible();

  const stamp = Date.now();
  const name = `Added user ${stamp}`;
  const email = `added-${stamp}@e2e.example`;
  const password = `correct horse battery ${stamp}`;

  const add = page.getByRole("region", { name: "Add a user" });
  // Everything is checked on the server, and every error is shown at once.
  await add.getByRole("button", { name: "Add user" }).click();
  await expect(add.getByRole("alert")).toContainText("Nothing was saved");
  await expect(add.getByText("Enter a name")).toBeVisible();
  await expect(add.getByText("Use at least 12 characters")).toBeVisible();

  await add.getByLabel("Name").fill(name);
  await add.getByLabel("Email").fill(email);
  await add.getByLabel("Role").selectOption("VIEWER");
  await add.getByLabel("Initial password").fill(password);
  await add.getByRole("button", { name: "Add user" }).click();
  await expect(add.getByRole("status")).toHaveText(`${name} can now sign in as ${email}.`);
  const row = userRow(page, email);
  await expect(row).toContainText("Viewer");
  await expect(row).toContainText("Active");

  // The new user signs in, in a browser of their own, and reads.
  const other = await freshPage(browser, baseURL!);
  await signInWithRequest(other.page, email, password);
  await other.page.goto("/");
  await expect(other.page.getByRole("heading", { level: 1, name: "Election cycles" })).toBeVisible();
  await expect(other.page.getByText(name)).toBeVisible();

  // The admin deactivates them: a reason is required.
  await row.getByText("Manage").click();
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByRole("alert")).toContainText("Nothing was saved");
  await expect(row.getByText("Give a reason")).toBeVisible();
  await row.getByLabel("Reason for deactivating").fill("Left the project (end-to-end test).");
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByRole("status")).toHaveText("The user was deactivated; their sessions stopped working.");
  await expect(row).toContainText("Deactivated");
  await expect(row.getByRole("button", { name: "Reactivate" })).toBeVisible();

  // Their open session stops working on the next page load.
  await other.page.goto("/");
  await expect(other.page).toHaveURL(/\/sign-in/);
  await expect(other.page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await other.context.close();

  // The change is in the audit history, for administrators.
  await page.goto("/audit?entityType=User&action=deactivate");
  await expect(page.getByRole("table")).toContainText("Left the project (end-to-end test).");
});

test("an invited person accepts the one-time link and signs in with the form", async ({
  page,
  browser,
  baseURL,
  signInAs,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInAs("admin");
  await page.goto("/admin/users");

  const stamp = Date.now();
  const email = `invited-${stamp}@e2e.example`;
  const name = `Invited person ${stamp}`;
  const password = `a long invited password ${stamp}`;

  const invite = page.getByRole("region", { name: "Invite a user" });
  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Role").selectOption("EDITOR");
  await invite.getByRole("button", { name: "Create invitation link" }).click();
  await expect(invite.getByRole("status")).toContainText(`Invitation created for ${email}.`);
  await expect(invite.getByRole("status")).toContainText(/expires on \d{4}-\d{2}-\d{2}/);

  const linkBox = invite.getByLabel("Invitation link");
  const link = await linkBox.inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invite\/[A-Za-z0-9_-]{32,64}$/);
  await expect(linkBox).toHaveAttribute("readonly", "");
  await invite.getByRole("button", { name: "Copy link" }).click();
  await expect(invite.getByText("Link copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // A fresh, anonymous browser opens the link.
  const anon = await freshPage(browser, baseURL!);
  await anon.page.goto(link);
  await expect(anon.page.getByRole("heading", { level: 1, name: "Accept your invitation" })).toBeVisible();
  const main = anon.page.getByRole("main");
  await expect(main).toContainText(email);
  await expect(main).toContainText("Editor");

  // Mismatched passwords are refused, the name is kept.
  await main.getByLabel("Your name").fill(name);
  await main.getByLabel(/^Password/).fill(password);
  await main.getByLabel("Confirm password").fill(`${password}!`);
  await main.getByRole("button", { name: "Create my account" }).click();
  await expect(main.getByText("The two passwords differ")).toBeVisible();
  await expect(main.getByLabel("Your name")).toHaveValue(name);

  await main.getByLabel(/^Password/).fill(password);
  await main.getByLabel("Confirm password").fill(password);
  await main.getByRole("button", { name: "Create my account" }).click();
  await expect(main.getByRole("status")).toHaveText("Your account is ready. Sign in with your email and new password.");

  await main.getByRole("link", { name: "Sign in" }).click();
  await expect(anon.page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await anon.page.getByLabel("Email").fill(email);
  await anon.page.getByLabel("Password").fill(password);
  await anon.page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(anon.page.getByRole("heading", { level: 1, name: "Election cycles" })).toBeVisible();
  await expect(anon.page.getByText(name)).toBeVisible();
  // An editor: the audit history is open to them, user administration is not.
  await expect(anon.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit" })).toBeVisible();
  await expect(anon.page.getByRole("link", { name: "Users" })).toHaveCount(0);

  // The link worked once.
  await anon.page.goto(link);
  await expect(anon.page.getByRole("heading", { level: 1, name: "This invitation cannot be used" })).toBeVisible();
  await anon.context.close();

  // A made-up or absurd token gets the same calm explanation.
  const stranger = await freshPage(browser, baseURL!);
  for (const token of ["x".repeat(43), "y".repeat(500)]) {
    await stranger.page.goto(`/invite/${token}`);
    await expect(
      stranger.page.getByRole("heading", { level: 1, name: "This invitation cannot be used" }),
    ).toBeVisible();
  }
  await stranger.context.close();
});

test("the last administrator cannot deactivate or demote themself", async ({ page, baseURL, signInAs }) => {
  const admin = await signInAs("admin");
  expect(admin.email).toBe(testUsers(baseURL!).admin.email);
  await page.goto("/admin/users");
  const row = userRow(page, admin.email);
  await expect(row).toContainText("(you)");
  await row.getByText("Manage").click();

  await row.getByLabel("Reason for deactivating").fill("Trying to lock everyone out.");
  await row.getByRole("button", { name: "Deactivate" }).click();
  const refusal = row.getByRole("alert");
  await expect(refusal).toContainText(
    "This is the last active administrator: make someone else an administrator first.",
  );
  // What was typed is still there.
  await expect(row.getByLabel("Reason for deactivating")).toHaveValue("Trying to lock everyone out.");

  await row.getByLabel("New role").selectOption("VIEWER");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("alert").first()).toContainText("This is the last active administrator");

  // Still an active administrator, still signed in.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(userRow(page, admin.email)).toContainText("Administrator");
  await expect(userRow(page, admin.email)).toContainText("Active");
});

test("an admin maintains institutions", async ({ page, signInAs }) => {
  await signInAs("admin");
  await page.goto("/admin");
  await page.getByRole("main").getByRole("link", { name: "Institutions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Institutions" })).toBeVisible();

  const name = `Test Commission ${Date.now()}`;
  const add = page.getByRole("region", { name: "Add an institution" });
  await add.getByLabel("Name").fill(name);
  await add.getByLabel("Abbreviation").fill("TC");
  await add.getByRole("button", { name: "Add institution" }).click();
  await expect(add.getByRole("status")).toHaveText(`${name} was added.`);

  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("TC");
  await expect(row).toContainText("Active");
  await row.getByText("Edit").click();
  await row.getByLabel("Active (can be assigned to recommendations)").uncheck();
  await row.getByLabel("Reason for the change").fill("Merged into another body (end-to-end test).");
  await row.getByRole("button", { name: "Save changes" }).click();
  await expect(row.getByRole("status")).toHaveText(`${name} was saved.`);
  await expect(row).toContainText("Inactive");
  // The form now holds the saved version: a second save is not a conflict.
  await row.getByLabel("Abbreviation").fill("TCX");
  await row.getByRole("button", { name: "Save changes" }).click();
  await expect(row.getByRole("status")).toHaveText(`${name} was saved.`);
  await expect(row).toContainText("TCX");
});

test("cycle and document edit forms keep typed text when a save is refused", async ({ page, signInAs }) => {
  await signInAs("admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: /^2011 · Early presidential election\s*: edit details$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit cycle details" })).toBeVisible();
  await expect(page.getByLabel("Election date")).toHaveValue("2011-04-03");

  // An invalid link is refused: nothing is saved and the typed notes stay.
  await page.getByLabel("Notes").fill("A note typed before an error.");
  await page.getByLabel("Link to the final report").fill("not a link");
  await page.getByRole("button", { name: "Save cycle details" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Nothing was saved");
  await expect(page.getByText("Final report link must be a full web address")).toBeVisible();
  await expect(page.getByLabel("Notes")).toHaveValue("A note typed before an error.");

  await page.goto("/admin");
  await page.getByRole("link", { name: /^Comments of the Central Election Commission .*: edit details$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit document details" })).toBeVisible();
  await expect(page.getByLabel("Issuer")).not.toHaveValue("");

  // Editors edit cycles and documents too, but do not administer users; viewers do neither.
  await page.context().clearCookies();
  await signInAs("editor");
  expect((await page.goto("/admin"))?.status()).toBe(404);
  expect((await page.goto("/cycles/kz-2011/edit"))?.status()).toBe(200);
  await page.context().clearCookies();
  await signInAs("viewer");
  expect((await page.goto("/cycles/kz-2011/edit"))?.status()).toBe(404);
  expect((await page.goto("/cycles/new"))?.status()).toBe(404);
});
