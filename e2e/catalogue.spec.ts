// An editor creates the 2012 cycle's final-report document, attaches its file, sees its SHA-256 and its text,
// downloads it; a file that is not a PDF, DOCX or text is refused; coverage is shown where figures are.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { pdfOf } from "../lib/test/pdf";
import { test, expect } from "./fixtures";

const TITLE = "OSCE/ODIHR Election Observation Mission Final Report (e2e)";

test("an editor adds the 2012 final report with its file, reads it and downloads it", async ({ page, signInAs }) => {
  test.setTimeout(60_000);
  await signInAs("editor");
  await page.goto("/cycles/kz-2012");
  await page.getByRole("link", { name: "New document" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New document" })).toBeVisible();

  // Bad input: one message per field, nothing created.
  await page.getByRole("button", { name: "Create document" }).click();
  await expect(page.getByText("Choose the type of document")).toBeVisible();
  await expect(page.getByText("Title is required")).toBeVisible();

  await page.getByLabel("Type of document").selectOption({ label: "Final report" });
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Issuer").fill("OSCE/ODIHR");
  await page.getByLabel("Date").fill("2012-04-03");
  await page.getByLabel("Place").fill("Warsaw");
  await page.getByRole("button", { name: "Create document" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page).toHaveURL(/\/documents\/kz-2012-final-report/);

  const upload = page.getByRole("form", { name: "Attach a file" });
  // Junk named .pdf is judged by its content and refused.
  await upload.getByLabel(/^File/).setInputFiles({
    name: "report.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
  });
  await upload.getByRole("button", { name: "Upload file" }).click();
  await expect(upload.getByRole("alert")).toContainText("not a PDF, a Word document (DOCX) or plain text");

  const pdf = Buffer.from(
    await pdfOf([["A. Priority Recommendations", "1. Relevant, reasonable and objective criteria."]]),
  );
  const sha = createHash("sha256").update(pdf).digest("hex");
  await upload.getByLabel(/^File/).setInputFiles({ name: "Отчёт 2012 <final>.pdf", mimeType: "", buffer: pdf });
  await upload.getByLabel("Reason for the change").fill("Final report received from ODIHR");
  await upload.getByRole("button", { name: "Upload file" }).click();
  await expect(upload.getByRole("status")).toContainText(sha);

  // The page, refreshed: the user's file name (as text), its SHA-256 and the extracted text.
  await expect(page.getByLabel("SHA-256 fingerprint of the file")).toHaveText(sha);
  const fileLink = page.getByRole("link", { name: "Отчёт 2012 <final>.pdf" });
  await expect(fileLink).toBeVisible();
  const fullText = page.getByRole("region", { name: "Full text" });
  await expect(fullText).toContainText("1. Relevant, reasonable and objective criteria.");

  const [download] = await Promise.all([page.waitForEvent("download"), fileLink.click()]);
  expect(download.suggestedFilename()).toBe("Отчёт 2012 <final>.pdf".replace(/[<>]/g, "_"));
  const bytes = await readFile((await download.path())!);
  expect(createHash("sha256").update(bytes).digest("hex")).toBe(sha);

  // A 2011 recommendation's assessment can cite it, under the 2012 cycle.
  await page.goto("/cycles/kz-2011");
  await page.locator("li[data-label='3(a)']").getByRole("link").first().click();
  await page.getByText("Add an assessment", { exact: true }).click();
  const picker = page.getByRole("form", { name: "Add an assessment" }).getByLabel("Source document");
  await expect(picker.locator("optgroup", { hasText: TITLE })).toHaveAttribute("label", /^2012 · /);
  await picker.selectOption({ label: `2012 parliamentary — Final report: ${TITLE} (OSCE/ODIHR, 3 April 2012)` });
});

test("uploads are refused to viewers and to requests from another site", async ({ page, signInAs, baseURL }) => {
  const file = { name: "note.txt", mimeType: "text/plain", buffer: Buffer.from("A later CEC letter.") };
  const post = (origin: string) =>
    page.request.post("/documents/kz-2007-press-release/file", { multipart: { file }, headers: { origin } });
  await signInAs("editor");
  expect((await post("https://elsewhere.example")).status()).toBe(403);
  await page.context().clearCookies();
  await signInAs("viewer");
  const refused = await post(baseURL!);
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: "You do not have permission to do this. Nothing was saved." });
  await page.goto("/documents/kz-2007-press-release");
  await expect(page.getByRole("form", { name: "Attach a file" })).toHaveCount(0);
  expect((await page.request.get("/documents/kz-2007-press-release/file")).status()).toBe(404);
});

test("seeded documents read as text, and partial cycles say so", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/documents/kz-2007-press-release");
  const fullText = page.getByRole("region", { name: "Full text" });
  await expect(fullText.getByRole("heading", { name: "PRESS RELEASE" })).toBeVisible();
  await expect(fullText).not.toContainText("**");
  await expect(page.getByRole("main")).not.toContainText("002_49098ec479d2660c.txt");

  await page.goto("/cycles/kz-2005");
  await expect(page.getByText("Recorded 1 of 30 recommendations")).toBeVisible();
  await expect(page.getByText(/the figures describe the recorded ones only/)).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("article", { name: /2005/ })).toContainText("Recorded 1 of 30 recommendations");
  await page.goto("/dashboards");
  await expect(page.getByRole("main")).toContainText("Kazakhstan 2005 (recorded 1 of 30 recommendations)");
  await page.goto("/reports/kz-2005");
  await expect(page.getByRole("main")).toContainText("Recorded 1 of 30 recommendations");
});

test("an editor adds a country and an election cycle from the cycle list", async ({ page, signInAs }) => {
  await signInAs("editor");
  await page.goto("/");
  await page.getByRole("link", { name: "New election cycle" }).click();
  await page.getByRole("link", { name: "Add a country" }).click();
  const add = page.getByRole("form", { name: "New country" });
  await add.getByLabel("Country code").fill("ge");
  await add.getByLabel("Name").fill("Georgia");
  await add.getByRole("button", { name: "Add country" }).click();
  await expect(add.getByRole("status")).toHaveText("Georgia (GE) was added.");

  await page.goto("/cycles/new");
  const form = page.getByRole("form", { name: "New election cycle" });
  await form.getByLabel("Country").selectOption({ label: "Georgia (GE)" });
  await form.getByLabel("Type of election").selectOption({ label: "Presidential" });
  await form.getByLabel("Title (required)", { exact: true }).fill("Early presidential election");
  await form.getByLabel("Election date").fill("2008-01-05");
  await form.getByLabel("Early election").check();
  await form.getByLabel("Number of recommendations the report gives").fill("thirty");
  await form.getByRole("button", { name: "Create election cycle" }).click();
  await expect(form.getByText("Number of recommendations must be a whole number")).toBeVisible();
  await expect(form.getByLabel("Title (required)", { exact: true })).toHaveValue("Early presidential election");
  await form.getByLabel("Number of recommendations the report gives").fill("30");
  await form.getByRole("button", { name: "Create election cycle" }).click();
  await expect(page).toHaveURL(/\/cycles\/ge-2008$/);
  await expect(page.getByRole("heading", { level: 1, name: "2008 · Early presidential election" })).toBeVisible();
  await expect(page.getByText("Recorded 0 of 30 recommendations")).toBeVisible();
});
