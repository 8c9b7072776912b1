// The spreadsheet round trip: an editor downloads the cycle's CSV, changes a
// status in it, uploads it, reads the dry run, applies it, and finds the new
// status on the recommendation's page.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures";
import { parseCsv } from "../lib/test/csv";

const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

test("download the CSV, change a status, dry run, apply, see it on the recommendation", async ({ page, signInAs }) => {
  test.setTimeout(60_000);
  await signInAs("editor");
  await page.goto("/cycles/kz-2011");
  await page.getByRole("link", { name: "Import changes from a spreadsheet" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Import changes from a spreadsheet into 2011 Early presidential election",
  );

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "CSV", exact: true }).click(),
  ]);
  const [head, ...rows] = parseCsv(readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, ""));
  const col = (name: string) => head!.indexOf(name);
  const row = rows.find((r) => r[col("Recommendation")] === "21")!;
  expect(row[col("Record id")]).toMatch(/^[a-z0-9]{20,40}$/);
  expect(row[col("Link")]).toMatch(/\/recommendations\/[a-z0-9]+$/);
  // A new answer of the state: its status and its own date.
  row[col("State response")] = "Accepted in part";
  row[col("Response date from")] = "2015-03-02";
  row[col("Response date to")] = "2015-03-02";
  const edited = [head!, ...rows].map((r) => r.map(quote).join(",")).join("\r\n");

  await page
    .getByLabel(/^Spreadsheet: an edited CSV or XLSX export/)
    .setInputFiles({ name: "kz-2011-edited.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${edited}\r\n`) });
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  const plan = page.getByRole("region", { name: /^Dry run: kz-2011-edited\.csv/ });
  await expect(plan).toBeVisible();
  await expect(plan.getByRole("heading", { name: "Problems (0)" })).toBeVisible();
  await expect(plan.getByRole("listitem").filter({ hasText: "recommendation 21" })).toHaveText(
    /^Row \d+, recommendation 21: New state’s response: Accepted in part, dated 2 March 2015 \(was: Cannot be accepted\)$/,
  );

  await page.getByRole("button", { name: "Apply 1 change" }).click();
  await expect(page.getByRole("region", { name: /^Applied: kz-2011-edited\.csv/ })).toBeVisible();
  await expect(page.getByText("1 change was applied and recorded in the audit history.")).toBeVisible();

  await page.getByRole("link", { name: "recommendation 21" }).click();
  const panel = page.getByRole("region", { name: "State's response" });
  await expect(panel.locator(".badge").first()).toHaveText(/Accepted in part/);
  await expect(panel).toContainText("2 March 2015");
});
