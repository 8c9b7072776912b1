// Every answer carries its request id (X-Request-Id): pages, the API, downloads, refusals; an id sent by the
// client is not taken over (no trusted reverse proxy in the test), so nobody chooses what goes into our logs.
import { test, expect } from "./fixtures";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

test("pages, API answers and downloads carry a fresh request id", async ({ page, signInAs }) => {
  const anonymousApi = await page.request.get("/api/v1/cycles", { headers: { "X-Request-Id": "chosen-by-client" } });
  expect(anonymousApi.status()).toBe(401);
  expect(anonymousApi.headers()["x-request-id"]).toMatch(UUID);

  // next-auth's routes make their own (proxy.ts leaves them out), refusals included.
  const csrf = await page.request.get("/api/auth/csrf");
  expect(csrf.headers()["x-request-id"]).toMatch(UUID);
  const tooLarge = await page.request.post("/api/auth/callback/credentials", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: `email=${"x".repeat(20 * 1024)}`,
  });
  expect(tooLarge.status()).toBe(413);
  expect(tooLarge.headers()["x-request-id"]).toMatch(UUID);

  await signInAs("viewer");
  const first = await page.goto("/cycles/kz-2011");
  const id = first!.headers()["x-request-id"];
  expect(id).toMatch(UUID);
  const again = await page.request.get("/cycles/kz-2011");
  expect(again.headers()["x-request-id"]).toMatch(UUID);
  expect(again.headers()["x-request-id"]).not.toBe(id);

  const csv = await page.request.get("/api/reports/kz-2011/csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["x-request-id"]).toMatch(UUID);
  const api = await page.request.get("/api/v1/cycles");
  expect(api.status()).toBe(200);
  expect(api.headers()["x-request-id"]).toMatch(UUID);
});
