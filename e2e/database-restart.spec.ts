// Issue 10: PostgreSQL restarted under a running app. The shared PostgreSQL server is never stopped under the
// other journeys: this spec starts a server of its own (scripts/pg-test-server.sh, on the port after
// E2E_DATABASE_URL's) and an app of its own on it (scripts/e2e-server.ts, one process: a crash would not be
// hidden by a replacement worker). While the server is down, pages, the API and sign-in answer calmly, with no
// server address or error text; once it is back, the same app process reads and saves again.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { promisify } from "node:util";
import type { APIResponse, Browser } from "@playwright/test";
import { test, expect, testUsers } from "./fixtures";

const pgPort = String(Number(new URL(process.env.E2E_DATABASE_URL || "postgresql://x:54329").port || 5432) + 1);
const pgServer = async (command: "start" | "stop" | "pause" | "resume") => {
  const { stdout } = await promisify(execFile)("bash", ["scripts/pg-test-server.sh", command], {
    env: { ...process.env, PG_TEST_PORT: pgPort },
  });
  return stdout.trim();
};

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

let app: ChildProcess;
let appOutput = "";
let appURL = "";

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const url = await pgServer("start");
  const port = await freePort();
  appURL = `http://127.0.0.1:${port}`;
  app = spawn(process.execPath, ["--import", "tsx", "scripts/e2e-server.ts", String(port)], {
    env: { ...process.env, E2E_DATABASE_URL: url, E2E_PUBLIC_READ: "true", WEB_CONCURRENCY: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  app.stdout!.setEncoding("utf8").on("data", (c: string) => (appOutput += c));
  app.stderr!.setEncoding("utf8").on("data", (c: string) => (appOutput += c));
  await expect
    .poll(async () => (await fetch(`${appURL}/sign-in`).catch(() => null))?.status ?? 0, { timeout: 200_000 })
    .toBe(200);
});

test.afterAll(async () => {
  app?.kill("SIGTERM");
  await pgServer("stop");
});

/** Nothing of the failure reaches the client: no database address, driver message or stack. */
async function expectCalm(res: APIResponse) {
  const body = await res.text();
  for (const leak of [`:${pgPort}`, "ECONNREFUSED", "Prisma", "prisma", "postgres", "    at "])
    expect(body, `the response shows "${leak}"`).not.toContain(leak);
  expect(res.status()).toBeGreaterThanOrEqual(500);
}

async function anonymous(browser: Browser) {
  const context = await browser.newContext({ baseURL: appURL });
  return { context, page: await context.newPage() };
}

test("a database restart under the running app: calm errors meanwhile, the same process works afterwards", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { admin } = testUsers(appURL);
  const editorContext = await browser.newContext({ baseURL: appURL });
  const page = await editorContext.newPage();
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signIn = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: admin.email, password: admin.password, json: "true" },
  });
  expect(signIn.ok()).toBe(true);

  const fillAddUser = async (name: string) => {
    await page.goto("/admin/users");
    const add = page.getByRole("region", { name: "Add a user" });
    await add.getByLabel("Name").fill(name);
    await add.getByLabel("Email").fill(`${name.toLowerCase().replace(/\W+/g, "-")}@e2e.example`);
    await add.getByLabel("Role").selectOption("VIEWER");
    await add.getByLabel("Initial password").fill(`restart password for ${name}`);
    return add;
  };
  const before = await fillAddUser("Before Restart");
  await before.getByRole("button", { name: "Add user" }).click();
  await expect(before.getByRole("status")).toContainText("Before Restart can now sign in");
  // A form filled in, then the database goes away before it is sent.
  const during = await fillAddUser("During Restart");

  await pgServer("pause");
  await during.getByRole("button", { name: "Add user" }).click();
  const alert = during.getByRole("alert");
  await expect(alert).toContainText(/Something went wrong \(reference [A-Z2-9]{8}\)\. Nothing was saved\./);
  for (const leak of [pgPort, "ECONNREFUSED", "prisma"]) await expect(alert).not.toContainText(leak);
  await expect(during.getByLabel("Name")).toHaveValue("During Restart"); // what was typed is kept

  const outside = await anonymous(browser);
  await expectCalm(await outside.page.request.get("/"));
  await expectCalm(await outside.page.request.get("/cycles/kz-2011"));
  const api = await outside.page.request.get("/api/v1/cycles");
  await expectCalm(api);
  expect(api.headers()["content-type"]).toContain("application/json");
  // A page the signed-in admin opens.
  await expectCalm(await page.request.get("/admin/users"));
  // Sign-in: refused without the database's error text in the redirect or the answer.
  const { csrfToken: anonCsrf } = (await (await outside.page.request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const refused = await outside.page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken: anonCsrf, email: admin.email, password: admin.password, json: "true" },
    maxRedirects: 0,
  });
  const answer = `${refused.headers()["location"] ?? ""} ${await refused.text()}`;
  expect(answer).toContain("error=SignInUnavailable"); // a fixed code, shown as a sentence on the sign-in page
  for (const leak of [pgPort, "ECONNREFUSED", "prisma", "Prisma", "connect"])
    expect(answer, `the sign-in answer shows "${leak}"`).not.toContain(leak);

  await pgServer("resume");
  // The same process, not restarted: the kept form is sent again and saved (an audited change), and pages,
  // the API and sign-in work.
  await during.getByRole("button", { name: "Add user" }).click();
  await expect(during.getByRole("status")).toContainText("During Restart can now sign in");
  await page.goto("/admin/users");
  await expect(page.getByRole("table").getByRole("row", { name: /during-restart@e2e\.example/ })).toContainText(
    "Active",
  );
  expect((await outside.page.request.get("/")).status()).toBe(200);
  expect((await outside.page.request.get("/api/v1/cycles")).status()).toBe(200);
  const { csrfToken: again } = (await (await outside.page.request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const signedIn = await outside.page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken: again, email: admin.email, password: admin.password, json: "true" },
  });
  expect(signedIn.ok()).toBe(true);
  expect((await (await outside.page.request.get("/api/auth/session")).json())?.user?.email).toBe(admin.email);

  expect(app.exitCode).toBe(null);
  expect(appOutput).not.toMatch(/worker \d+ stopped|Unhandled|uncaughtException/);
  await outside.context.close();
  await editorContext.close();
});
