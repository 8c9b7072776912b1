// Hardening as a browser and an attacker see it: a nonce CSP that still lets the app hydrate and save,
// the other security headers, and an oversized anonymous body refused before it is read.
import { request as http } from "node:http";
import { test, expect } from "./fixtures";

test("pages carry a nonce CSP, still hydrate, and a form saves", async ({ page, signInAs }) => {
  const blocked: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) blocked.push(m.text());
  });
  await signInAs("editor");
  const first = await page.goto("/cycles/kz-2011");
  const csp = first!.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"])
    expect(csp).toContain(d);
  expect(first!.headers()["permissions-policy"]).toContain("camera=()");
  expect(first!.headers()["x-content-type-options"]).toBe("nosniff");
  // Served over plain HTTP in the test: no HSTS (it would pin a browser to HTTPS that is not there).
  expect(first!.headers()["strict-transport-security"]).toBeUndefined();
  // A fresh nonce per request.
  const second = await page.request.get("/cycles/kz-2011");
  expect(second.headers()["content-security-policy"]).not.toBe(csp);

  // Hydrated: a client-side form works and saves (the edit journey's first step).
  // The list's own link (the cycle page may also name 3(a) under repeats, after another journey).
  await page.locator("li[data-label='3(a)']").getByRole("link").first().click();
  const responsePanel = page.getByRole("region", { name: "State's response" });
  await responsePanel.getByText("Record a new response", { exact: true }).click();
  const addResponse = page.getByRole("form", { name: "Record a new response" });
  await addResponse.getByLabel("Status (the state's response)").selectOption({ label: "Accepted in part" });
  await addResponse.getByLabel("Date", { exact: true }).fill("2013-02");
  await addResponse.getByLabel("Response text").fill("Saved under a strict CSP (e2e).");
  await addResponse.getByRole("button", { name: "Record the response" }).click();
  await expect(addResponse.getByRole("status")).toHaveText("The state's response was added to its series.");
  expect(blocked).toEqual([]);

  // A text-direction override (would make the stored text read differently): a field error, text kept.
  await responsePanel.getByText("Record a new response", { exact: true }).click();
  await addResponse.getByLabel("Status (the state's response)").selectOption({ label: "Accepted in part" });
  await addResponse.getByLabel("Date", { exact: true }).fill("2013-03");
  const sneaky = "Approved \u202Edevorppa ton";
  await addResponse.getByLabel("Response text").fill(sneaky);
  await addResponse.getByRole("button", { name: "Record the response" }).click();
  await expect(addResponse).toContainText("invisible control character");
  await expect(addResponse.getByLabel("Response text")).toHaveValue(sneaky);
});

test("a 150 MB body declared to the sign-in endpoint is refused at once with 413", async ({ baseURL }) => {
  const url = new URL("/api/auth/callback/credentials", baseURL);
  const started = Date.now();
  // Only the headers and a first kilobyte are sent: the server must answer without waiting for the rest.
  const status = await new Promise<number>((resolve, reject) => {
    const req = http(
      url,
      {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(150 * 1024 * 1024) },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      },
    );
    req.on("error", reject);
    req.write("a".repeat(1024));
  });
  expect(status).toBe(413);
  expect(Date.now() - started).toBeLessThan(5_000);
});
