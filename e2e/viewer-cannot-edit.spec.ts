// A viewer reads a recommendation without any editing control, and a save
// forged with a viewer's session (an editor's real request, replayed) is
// refused by the server: nothing changes, nothing is added to the history.
import type { Browser, Page, Request } from "@playwright/test";
import { test, expect, testUsers, type TestRole } from "./fixtures";

/** A second, independent browser session signed in as `role` (same path as the fixture). */
async function signedInPage(browser: Browser, baseURL: string, role: TestRole): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  const user = testUsers(baseURL)[role];
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true" },
  });
  expect(res.ok()).toBe(true);
  return page;
}

async function openRecommendation(page: Page, label: string) {
  await page.goto("/cycles/kz-2011");
  await page.getByRole("link", { name: `Recommendation ${label}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Recommendation ${label}` })).toBeVisible();
}

test("a viewer sees the record and its history, but no editing control", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await openRecommendation(page, "3(b)");
  await expect(page.getByRole("region", { name: "State's response" }).locator(".badge").first()).toHaveText(
    /Requires further study/,
  );
  await expect(page.getByRole("region", { name: "History" }).getByRole("listitem").first()).toBeVisible();
  for (const control of [
    "Record a new response",
    "Add an assessment",
    "Add a follow-up entry",
    "Correct",
    "Withdraw",
    "Link to an earlier recommendation",
  ]) {
    await expect(page.getByText(control, { exact: true })).toHaveCount(0);
  }
  for (const button of [
    "Record the response",
    "Save the correction",
    "Add the assessment",
    "Add the entry",
    "Assign",
    "Remove",
  ]) {
    await expect(page.getByRole("button", { name: button })).toHaveCount(0);
  }
  // Only the GET form of the two clocks remains.
  await expect(page.locator("main form")).toHaveCount(1);
  await expect(page.getByLabel("Status on", { exact: true })).toBeVisible();
  await expect(page.getByLabel("As recorded on", { exact: true })).toBeVisible();
});

test("an editor's save replayed with a viewer's session is refused and changes nothing", async ({
  page,
  signInAs,
  browser,
  baseURL,
}) => {
  await signInAs("viewer");
  await openRecommendation(page, "3(b)");
  const url = page.url();
  const historyItems = page.getByRole("region", { name: "History" }).getByRole("listitem");
  const eventsBefore = await historyItems.count();

  // The editor fills the response form; the request is captured and never reaches the server.
  const editor = await signedInPage(browser, baseURL!, "editor");
  let captured!: (r: Request) => void;
  const request = new Promise<Request>((resolve) => (captured = resolve));
  await editor.route("**/recommendations/**", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      captured(route.request());
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await editor.goto(url);
  await editor.getByText("Record a new response", { exact: true }).click();
  const form = editor.getByRole("form", { name: "Record a new response" });
  await form.getByLabel("Status (the state's response)").selectOption({ label: "Accepted in part" });
  await form.getByLabel("Date", { exact: true }).fill("2014");
  await form.getByLabel("Response text").fill("Forged (e2e).");
  await form.getByRole("button", { name: "Record the response" }).click();
  const save = await request;
  const headers = save.headers();
  const replay = (p: Page) =>
    p.request.post(url, {
      headers: {
        "content-type": headers["content-type"]!,
        "next-action": headers["next-action"]!,
        "next-router-state-tree": headers["next-router-state-tree"] ?? "",
        accept: headers["accept"] ?? "text/x-component",
        origin: new URL(url).origin,
      },
      data: save.postDataBuffer()!,
    });

  // The same bytes with the viewer's cookies: refused.
  const refused = await replay(page);
  expect(await refused.text()).toContain("You do not have permission to do this. Nothing was saved.");
  await page.reload();
  await expect(page.getByRole("region", { name: "State's response" }).locator(".badge").first()).toHaveText(
    /Requires further study/,
  );
  await expect(historyItems).toHaveCount(eventsBefore);

  // Control: the very same request with the editor's session is accepted, so the refusal above was the role's.
  await editor.unrouteAll();
  const accepted = await replay(editor);
  expect(await accepted.text()).toContain("The state's response was added to its series.");
  await page.reload();
  await expect(page.getByRole("region", { name: "State's response" }).locator(".badge").first()).toHaveText(
    /Accepted in part/,
  );
  await expect(historyItems).toHaveCount(eventsBefore + 1);
  await editor.context().close();
});
