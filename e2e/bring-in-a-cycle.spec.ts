// The whole of issue 9's journey in one: an editor brings in the 2012 final report as a document with its
// file, imports a pasted recommendations section citing it, fixes an item in the preview, finds the new item
// by search, links it to the earlier recommendation it repeats (suggested by its wording), then reverts the
// import — which takes the link with it.
import { createHash } from "node:crypto";
import { test, expect } from "./fixtures";

const TITLE = "Final report of the 2012 mission (journey copy)";
// Item 41 restates 2011's 3(a); labels from 41 on so that the other import journey's labels never meet these.
const SECTION = `A. Priority recommendations

41. Ensuring transparency and consistency of the candidate registration process by amending the legal
framework to establish clear, minimum, objective and reasonable criteria for transparent evaluation of
language fluency.

42. Civil defamation should be decriminalised.
`;

test("an editor brings in a report: document with file, import, fix, search, link a repeat, revert", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(120_000);
  await signInAs("editor");

  // 1. The document, with its file (plain text here), judged by content and fingerprinted.
  await page.goto("/cycles/kz-2012");
  await page.getByRole("link", { name: "New document" }).click();
  await page.getByLabel("Type of document").selectOption({ label: "Final report" });
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Issuer").fill("OSCE/ODIHR");
  await page.getByLabel("Date").fill("2012-04-03");
  await page.getByRole("button", { name: "Create document" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const file = Buffer.from(SECTION, "utf8");
  const upload = page.getByRole("form", { name: "Attach a file" });
  await upload.getByLabel(/^File/).setInputFiles({ name: "recommendations.txt", mimeType: "", buffer: file });
  await upload.getByLabel("Reason for the change").fill("Report received");
  await upload.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByLabel("SHA-256 fingerprint of the file")).toHaveText(
    createHash("sha256").update(file).digest("hex"),
  );

  // 2. The section, pasted and previewed; item 42 corrected before anything is written.
  await page.goto("/cycles/kz-2012");
  await page.getByRole("link", { name: "Import recommendations from the report text" }).click();
  await page.getByLabel("Recommendations section (pasted)").fill(SECTION);
  await page.getByLabel("Source document (optional)").selectOption({ label: TITLE });
  await page.getByRole("button", { name: "Read and preview" }).click();
  await expect(page.getByRole("heading", { name: "Preview: nothing is written yet" })).toBeVisible();
  const second = page.getByRole("listitem", { name: /^Item 2/ });
  await expect(second.getByLabel("Label")).toHaveValue("42");
  await second.getByLabel("Text", { exact: true }).fill("Civil defamation should be decriminalised in full.");
  await page.getByRole("button", { name: "Import 2 recommendations" }).click();
  await expect(page.getByRole("status")).toHaveText("2 recommendations were imported: 41, 42.");

  // 3. The import's result suggests what each new item repeats.
  await page.getByRole("link", { name: "Check the new recommendations for repeats of earlier ones" }).click();
  const panel = page.getByRole("region", { name: "Recommendation 41 reads like…" });
  const earlier = panel.getByRole("listitem").filter({ hasText: "2011 · Recommendation 3(a)" });
  await expect(earlier).toBeVisible();

  // 4. The new items are found by search, in the 2012 cycle.
  const field = page.getByRole("search").getByLabel("Search the tracker");
  await field.fill("defamation decriminalised");
  await field.press("Enter");
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.getByRole("link", { name: /^2012 .*recommendation 42 — recommendation text$/ })).toBeVisible();
  await page.goBack();

  // 5. One click links the repeat (audited); the new item shows its earlier form.
  await earlier.getByRole("button", { name: "Link as a repeat of 2011 recommendation 3(a)" }).click();
  await expect(panel.getByRole("status")).toHaveText("The earlier recommendation was linked.");
  await panel.getByRole("link", { name: "Recommendation 41" }).click();
  const forms = page.getByRole("region", { name: "Earlier and later forms" });
  await expect(forms.getByRole("listitem").filter({ hasText: "2011 · Recommendation 3(a)" })).toContainText("Repeats");

  // 6. The import reverted as a whole: its items and their link are gone, the history keeps both.
  await page.goto("/cycles/kz-2012");
  const imports = page.getByRole("region", { name: "Report-text imports" });
  const mine = imports.getByRole("listitem").filter({ hasText: "(41, 42)" });
  await mine.getByRole("button", { name: /Revert this import/ }).click();
  await expect(imports.getByRole("status")).toHaveText("The import was reverted: recommendations 41, 42 were removed.");
  await page.reload();
  await expect(page.locator("li[data-label='41']")).toHaveCount(0);
  await page.goto("/cycles/kz-2011");
  await page.locator("li[data-label='3(a)']").getByRole("link").first().click();
  await expect(
    page.getByRole("region", { name: "Earlier and later forms" }).getByText("2012 · Recommendation 41"),
  ).toHaveCount(0);
});
