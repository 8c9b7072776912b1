// Sign-in fixture: signs a test user in through next-auth's own credentials
// endpoint (the same code path as the form, without typing), so journeys start
// signed in. Users and passwords are created per run by scripts/e2e-server.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";

// "sessions" and "passwords" are viewers kept for e2e/sessions.spec.ts; "contributor" is the focal point of the
// Central Election Commission (e2e/review-drafts.spec.ts); "languages" saves a language (e2e/languages.spec.ts);
// "response-ru" and "response-kk" are editors reading in Russian and Kazakh (e2e/journeys-ru-kk-response.spec.ts).
// "journeys-ru" and "journeys-kk" are editors whose language comes from the browser (e2e/journeys-ru-kk.spec.ts).
export type TestRole =
  | "admin"
  | "editor"
  | "viewer"
  | "contributor"
  | "sessions"
  | "passwords"
  | "languages"
  | "response-ru"
  | "response-kk"
  | "journeys-ru"
  | "journeys-kk";
interface TestUser {
  email: string;
  password: string;
  name: string;
}

export function testUsers(baseURL: string): Record<TestRole, TestUser> {
  const port = new URL(baseURL).port;
  return JSON.parse(readFileSync(path.resolve(".data/e2e", port, "users.json"), "utf8"));
}

async function signInAs(page: Page, baseURL: string, role: TestRole): Promise<TestUser> {
  const user = testUsers(baseURL)[role];
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true" },
  });
  expect(res.ok()).toBe(true);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.user?.email).toBe(user.email);
  return user;
}

export const test = base.extend<{ signInAs: (role: TestRole) => Promise<TestUser> }>({
  signInAs: async ({ page, baseURL }, use) => {
    await use((role) => signInAs(page, baseURL!, role));
  },
});

export { expect };
