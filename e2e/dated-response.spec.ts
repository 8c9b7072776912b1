// Issue 8's journey: an editor records a new, dated answer of the state; the
// dashboard "Status on" a day before it still counts the earlier answer, and on
// a day after it counts the new one. A viewer opens past views and never sees
// an internal note. (Stale forms: e2e/stale-form.spec.ts.)
import type { Page } from "@playwright/test";
import { test, expect, testUsers } from "./fixtures";

const today = new Date().toISOString().slice(0, 10);

async function countOn(page: Page, on: string, label: string): Promise<number> {
  await page.goto(`/dashboards/kz-2011?on=${on}`);
  const table = page.getByRole("table", { name: "State\u2019s response", exact: true });
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
  return Number.parseInt((await row.getByRole("cell").first().innerText()).trim(), 10);
}

test("a new dated response counts from its date on: before it the earlier answer, after it the new one", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(60_000);
  await signInAs("editor");
  // The CEC's 2011 answer to recommendation 19: "This recommendation cannot be accepted."
  const before = {
    cannot: await countOn(page, "2014-06-29", "Cannot be accepted"),
    implemented: await countOn(page, "2014-06-29", "Implemented"),
  };

  await page.goto("/cycles/kz-2011");
  await page.getByRole("link", { name: "Recommendation 19", exact: true }).click();
  const panel = page.getByRole("region", { name: "State's response" });
  await expect(panel.locator(".badge").first()).toHaveText(/Cannot be accepted/);
  await panel.getByText("Record a new response", { exact: true }).click();
  const form = page.getByRole("form", { name: "Record a new response" });
  await form.getByLabel("Status (the state's response)").selectOption({ label: "Implemented" });
  // The source gives no day: bounds, with a note.
  await form.getByLabel("Not before").fill("2014-06-01");
  await form.getByLabel("Not after").fill("2014-06-30");
  await form.getByLabel("Note on the date").fill("Letter dated June 2014, day illegible (e2e).");
  await form.getByLabel("Response text").fill("The amendment was adopted (e2e).");
  await form.getByRole("button", { name: "Record the response" }).click();
  await expect(form.getByRole("status")).toHaveText("The state's response was added to its series.");
  await expect(panel).toContainText("given between 1 June 2014 and 30 June 2014");
  await expect(panel).toContainText("Letter dated June 2014, day illegible (e2e).");

  // On 29 June 2014 the new answer is not certain yet; from 30 June 2014, its last possible day, it counts.
  expect(await countOn(page, "2014-06-29", "Implemented")).toBe(before.implemented);
  expect(await countOn(page, "2014-06-29", "Cannot be accepted")).toBe(before.cannot);
  expect(await countOn(page, "2014-06-30", "Implemented")).toBe(before.implemented + 1);
  expect(await countOn(page, "2014-06-30", "Cannot be accepted")).toBe(before.cannot - 1);
});

test("a viewer's past views show every recorded field but never an internal note", async ({
  page,
  signInAs,
  browser,
  baseURL,
}) => {
  test.setTimeout(60_000);
  await signInAs("editor");
  await page.goto("/cycles/kz-2011");
  await page.getByRole("link", { name: "Recommendation 20", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recommendation 20" })).toBeVisible();
  const url = page.url();
  const followUp = page.getByRole("region", { name: "Follow-up", exact: true });
  for (const [text, internal] of [
    ["Public hearing held (e2e).", false],
    ["Internal: call the CEC back (e2e).", true],
  ] as const) {
    await followUp.getByText("Add a follow-up entry", { exact: true }).click();
    const add = page.getByRole("form", { name: "Add a follow-up entry" });
    await add.getByLabel("Date", { exact: true }).fill("2013-05-14");
    await add.getByLabel("Action taken").fill(text);
    await add.getByLabel("Evidence link").fill("https://example.org/hearing");
    await add.getByLabel("Target date").fill("2014-01-31");
    if (internal) await add.getByLabel(/Internal note/).check();
    await add.getByRole("button", { name: "Add the entry" }).click();
    await expect(add.getByRole("status")).toHaveText("The follow-up entry was added.");
    await page.reload();
  }

  const viewer = await (await browser.newContext({ baseURL })).newPage();
  const v = testUsers(baseURL!).viewer;
  const { csrfToken } = (await (await viewer.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await viewer.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: v.email, password: v.password, json: "true" },
  });
  for (const q of [`asOf=${today}`, "on=2013-06-01", `on=2013-06-01&asOf=${today}`, ""]) {
    await viewer.goto(q ? `${url}?${q}` : url);
    const section = viewer.getByRole("region", { name: "Follow-up", exact: true });
    await expect(section, q).toContainText("Public hearing held (e2e).");
    await expect(section, q).toContainText("31 January 2014"); // the target date
    await expect(section.getByRole("link", { name: /example\.org/ }), q).toBeVisible(); // the evidence link
    await expect(viewer.getByText("Internal: call the CEC back (e2e)."), q).toHaveCount(0);
    await expect(viewer.getByRole("region", { name: "History" }), q).not.toContainText("call the CEC back");
  }
  // Before the follow-up's date, it is listed but marked as not yet done.
  await viewer.goto(`${url}?on=2013-01-01`);
  await expect(
    viewer
      .getByRole("region", { name: "Follow-up", exact: true })
      .getByRole("listitem")
      .filter({ hasText: "Public hearing" }),
  ).toContainText("dated after 1 January 2013");
  await viewer.context().close();
});
