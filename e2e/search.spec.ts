// Search and the read API: a reader searches from the header field, sees the
// matches highlighted, narrows to a cycle and opens a result; an admin issues
// an API token, a program reads /api/v1 with it, and revoking it shuts it out.
import { test, expect } from "./fixtures";

test("a reader searches from the header, sees highlighted matches, filters by cycle and opens a result", async ({
  page,
  signInAs,
}) => {
  await signInAs("viewer");
  await page.goto("/documents");
  const field = page.getByRole("search").getByLabel("Search the tracker");
  await field.fill("language fluency");
  await field.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=language\+fluency$/);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  const results = page.getByRole("list", { name: "Search results" });
  // Other journeys may add texts that read alike (a restated 3(a)): 2011's own 3(a) is among the results.
  const first = results
    .getByRole("listitem")
    .filter({ hasText: /^2011 .*recommendation 3\(a\) — recommendation text/ });
  await expect(first.getByRole("link")).toHaveText(/recommendation 3\(a\) — recommendation text$/);
  await expect(first.locator("mark").filter({ hasText: /^language$/i })).toBeVisible();
  await expect(first.locator("mark").filter({ hasText: /^fluency$/i })).toBeVisible();

  await page.getByLabel("Election cycle").selectOption("kz-2011");
  await page.getByRole("button", { name: "Search", exact: true }).last().click();
  // A plain GET form: empty filters travel as empty parameters and mean "all".
  await expect(page).toHaveURL(/\/search\?q=language\+fluency&.*cycle=kz-2011/);
  await expect(page.getByRole("status").filter({ hasText: /results? for “language fluency”/ })).toBeVisible();
  const titles = await results.getByRole("heading").allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  for (const t of titles) expect(t).toMatch(/^2011 · /);

  await results.getByRole("link", { name: /recommendation 3\(a\) — recommendation text/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recommendation 3(a)" })).toBeVisible();
});

test("an admin issues an API token, a program reads the API with it, and revoking it shuts it out", async ({
  page,
  request,
  signInAs,
}) => {
  await signInAs("admin");
  await page.goto("/admin/api-tokens");
  const name = `E2E program ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Issue token" }).click();
  const shown = page.getByLabel("New API token");
  await expect(shown).toHaveValue(/^odt_/);
  const token = await shown.inputValue();

  const url = "/api/v1/recommendations?q=language%20fluency";
  const res = await request.get(url, { headers: { Authorization: `Bearer ${token}` } });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { data: { cycle: string; label: string }[] };
  expect(body.data.map((r) => `${r.cycle} ${r.label}`)).toContain("kz-2011 3(a)");
  // Without a token (and without PUBLIC_READ) the API answers 401; the admin's own session reads it too.
  expect((await request.get(url)).status()).toBe(401);
  expect((await page.request.get(url)).status()).toBe(200);

  await page.reload();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).not.toContainText("never");
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Revoked");
  expect((await request.get(url, { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);
});
