// The status colours in greyscale print: a dashboard printed on a greyscale
// printer must keep the order of the scale (done darkest … refused lightest,
// "nothing recorded" palest). Renders the page for print, turns it grey with a
// CSS filter, photographs each swatch of the legend and compares the greys
// actually painted, in the order the legend lists them.
import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const LEGENDS = [
  {
    table: "State\u2019s response",
    labels: [
      "Implemented",
      "At the stage of implementation",
      "Accepted in part",
      "Requires further study",
      "Cannot be accepted",
      "No response recorded",
    ],
  },
  {
    table: "Independent assessment",
    labels: ["Fully implemented", "Mostly implemented", "Partially implemented", "Not implemented", "Not yet assessed"],
  },
] as const;

/** The painted colour at the centre of an element's screenshot, as [r, g, b]. */
async function paintedColour(page: Page, element: Locator): Promise<[number, number, number]> {
  const png = (await element.screenshot({ animations: "disabled" })).toString("base64");
  // Decoded by the browser (a Blob, so the page's img-src policy does not apply).
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(bitmap, 0, 0);
    const [r, g, b] = ctx.getImageData(Math.floor(bitmap.width / 2), Math.floor(bitmap.height / 2), 1, 1).data;
    return [r!, g!, b!] as [number, number, number];
  }, png);
}

test("the status legend keeps its order when the dashboard is printed in greyscale", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/dashboards/kz-2011");
  await page.emulateMedia({ media: "print" });
  await page.addStyleTag({ content: "html { filter: grayscale(1); }" });

  for (const legend of LEGENDS) {
    const table = page.getByRole("table", { name: legend.table, exact: true });
    const greys: number[] = [];
    for (const label of legend.labels) {
      // The swatch is the first decorative span of the status's row header.
      const swatch = table.getByRole("rowheader", { name: label, exact: true }).locator("span[aria-hidden]").first();
      await expect(swatch).toBeVisible();
      const [r, g, b] = await paintedColour(page, swatch);
      // The filter really printed grey.
      expect(Math.max(r, g, b) - Math.min(r, g, b), `${label} is grey`).toBeLessThanOrEqual(2);
      greys.push(r);
    }
    // Lighter with every rank, by a step the eye and a printer keep apart (8 of 255 levels at least).
    for (let i = 1; i < greys.length; i++) {
      expect(
        greys[i]! - greys[i - 1]!,
        `${legend.labels[i - 1]} → ${legend.labels[i]}: ${greys}`,
      ).toBeGreaterThanOrEqual(8);
    }
  }
});
