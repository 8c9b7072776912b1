// Issue 11's evidence files: an editor attaches a PDF to a follow-up entry, sees its SHA-256 and downloads
// it; a program renamed .pdf is refused on its field; a viewer downloads the public entry's file, always as
// an attachment that is never cached.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Download, Locator, Page } from "@playwright/test";
import { test, expect, testUsers } from "./fixtures";

// A PDF is known by its header (lib/files/extract-text.ts), whatever the rest holds.
const PDF = Buffer.from("%PDF-1.4\n% Decree of the CEC on observers (e2e)\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const SHA = createHash("sha256").update(PDF).digest("hex");
const ACTION = "Decree on observers published (evidence e2e).";

async function downloaded(page: Page, link: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return download;
}
const sha256Of = async (d: Download) =>
  createHash("sha256")
    .update(readFileSync((await d.path())!))
    .digest("hex");

test("an editor attaches a PDF to a follow-up entry, sees its SHA-256 and downloads it; a viewer downloads it too", async ({
  page,
  signInAs,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await signInAs("editor");
  await page.goto("/cycles/kz-2011");
  await page.getByRole("link", { name: "Recommendation 13", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recommendation 13" })).toBeVisible();
  const url = page.url();

  const followUp = page.getByRole("region", { name: "Follow-up", exact: true });
  await followUp.getByText("Add a follow-up entry", { exact: true }).click();
  const add = page.getByRole("form", { name: "Add a follow-up entry" });
  await add.getByLabel("Date", { exact: true }).fill("2012-03-01");
  await add.getByLabel("Action taken").fill(ACTION);
  await add.getByRole("button", { name: "Add the entry" }).click();
  await expect(add.getByRole("status")).toHaveText("The follow-up entry was added.");
  await page.reload();

  const entry = followUp.getByRole("listitem").filter({ hasText: ACTION });
  await entry.getByText("Attach a file", { exact: true }).click();
  const attach = entry.getByRole("form", { name: "Attach a file to this follow-up entry" });

  // A program named .pdf is refused on its field, in words, and nothing is attached.
  await attach.getByLabel("File").setInputFiles({
    name: "decree.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00"), Buffer.alloc(200)]),
  });
  await attach.getByRole("button", { name: "Attach the file" }).click();
  const fileInput = attach.getByLabel("File");
  await expect(fileInput).toHaveAttribute("aria-invalid", "true");
  await expect(attach).toContainText("This file is not a PDF, Word (DOCX), Excel (XLSX), or a PNG, JPEG or WebP image");

  // The PDF, named .docx: judged by content, attached as a PDF, its SHA-256 shown.
  await fileInput.setInputFiles({ name: "Decree 12.docx", mimeType: "application/msword", buffer: PDF });
  await attach.getByLabel("Note for the history").fill("As published on the CEC site");
  await attach.getByRole("button", { name: "Attach the file" }).click();
  await expect(attach.getByRole("status")).toContainText(`The file was attached (PDF). SHA-256: ${SHA}`);

  const files = entry.getByRole("group", { name: /Evidence files/ });
  const link = files.getByRole("link", { name: "Decree 12.docx" });
  await expect(link).toBeVisible();
  await expect(files).toContainText(`(PDF, ${PDF.length} bytes)`);
  await expect(files).toContainText(`SHA-256 ${SHA.slice(0, 12)}…`);
  await files.getByText("Full SHA-256").click();
  await expect(files.getByLabel("SHA-256 of Decree 12.docx")).toHaveText(SHA);

  const mine = await downloaded(page, link);
  expect(mine.suggestedFilename()).toBe("Decree 12.docx");
  expect(await sha256Of(mine)).toBe(SHA);
  // The history says it in words.
  await expect(page.getByRole("region", { name: "History" }).getByRole("listitem").first()).toContainText(
    "attached an evidence file",
  );

  // A viewer sees the file of this (public) entry and downloads the same bytes, but cannot attach or remove.
  const viewer = await (await browser.newContext({ baseURL })).newPage();
  const v = testUsers(baseURL!).viewer;
  const { csrfToken } = (await (await viewer.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await viewer.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: v.email, password: v.password, json: "true" },
  });
  await viewer.goto(url);
  const seen = viewer
    .getByRole("region", { name: "Follow-up", exact: true })
    .getByRole("listitem")
    .filter({ hasText: ACTION });
  const viewerLink = seen.getByRole("link", { name: "Decree 12.docx" });
  expect(await sha256Of(await downloaded(viewer, viewerLink))).toBe(SHA);
  await expect(seen.getByText("Attach a file", { exact: true })).toHaveCount(0);
  await expect(seen.getByRole("button", { name: "Remove the file" })).toHaveCount(0);
  const res = await viewer.request.get((await viewerLink.getAttribute("href"))!);
  expect(res.headers()).toMatchObject({
    "content-type": "application/pdf",
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  });
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="Decree 12\.docx"/);
  // The server refuses a viewer's upload, whatever the page shows, and writes nothing.
  const entryId = (await attach.locator('input[name="entryId"]').getAttribute("value"))!;
  const upload = (origin: string) => ({
    headers: { origin },
    multipart: {
      entryKind: "followUp",
      entryId,
      file: { name: "forged.pdf", mimeType: "application/pdf", buffer: PDF },
    },
  });
  const refused = await viewer.request.post("/api/evidence", upload(baseURL!));
  expect(refused.status()).toBe(403);
  // An editor's session used from another site (CSRF) is refused too.
  expect((await page.request.post("/api/evidence", upload("https://evil.example"))).status()).toBe(403);
  await viewer.reload();
  await expect(seen.getByRole("link")).toHaveText(["Decree 12.docx"]);
  // Signed out, the same address gives nothing.
  const anonymous = await browser.newContext({ baseURL });
  expect((await anonymous.request.get((await viewerLink.getAttribute("href"))!)).status()).toBe(401);
  await anonymous.close();
  await viewer.context().close();
});
