// Discussion journey: an editor comments on a recommendation mentioning the administrator; the
// administrator sees the bell's unread count and the notification, opens it and lands on the
// recommendation's discussion; the comment is internal: not in the report, the API, nor for a viewer.
// The focal point of an assigned institution is mentioned by an editor and replies.
import { test, expect } from "./fixtures";
import type { Page } from "@playwright/test";

const unreadOf = async (page: Page) => {
  const name = (await page.getByRole("link", { name: /^Notifications, / }).getAttribute("aria-label")) ?? "";
  const m = /^Notifications, (\d+|none) unread$/.exec(name);
  expect(m, `bell name: ${name}`).not.toBeNull();
  return m![1] === "none" ? 0 : Number(m![1]);
};

test("an editor mentions the administrator, who is notified and opens the comment; reports never show it", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(90_000); // one journey, three people, on a machine shared with other runs
  const words = `Internal check ${Date.now()}: has the amendment reached the Mazhilis?`;

  await signInAs("editor");
  await page.goto("/cycles/kz-2011");
  await page.locator("li[data-label='4(a)']").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recommendation 4(a)");
  const recUrl = page.url();
  const discussion = page.getByRole("region", { name: "Discussion" });
  const text = discussion.getByRole("textbox", { name: /^Add a comment/ });
  await text.fill(`${words} `);
  // By keyboard in the text: "@" and the start of a name list the people who match; Enter inserts one.
  await text.press("End");
  await text.pressSequentially("@Admi");
  await expect(discussion.getByRole("listbox", { name: "People to mention" })).toBeVisible();
  await expect(discussion.getByRole("option", { name: "Administrator", selected: true })).toBeVisible();
  await text.press("Enter");
  await expect(discussion.getByRole("listbox")).toHaveCount(0);
  await expect(text).toHaveValue(`${words} @[Administrator] `);
  // Or with the Mention list: choose a person, insert; here the author copies herself in (no notification).
  await text.pressSequentially("cc ");
  await discussion.getByLabel("Mention", { exact: true }).selectOption({ label: "E2E editor" });
  await discussion.getByRole("button", { name: "Insert mention" }).click();
  await expect(text).toHaveValue(`${words} @[Administrator] cc @[E2E editor] `);
  await discussion.getByRole("button", { name: "Post comment" }).click();
  await expect(discussion.getByRole("status")).toHaveText("Your comment was posted.");
  const comment = discussion.getByRole("article", { name: "Comment by E2E editor" }).filter({ hasText: words });
  await expect(comment).toContainText(`${words} @Administrator cc @E2E editor`);
  // Its author may still change it for a while.
  await expect(comment.getByText("Change your comment")).toBeVisible();

  await signInAs("admin");
  await page.goto("/");
  const before = await unreadOf(page);
  expect(before).toBeGreaterThan(0);
  await page.getByRole("link", { name: `Notifications, ${before} unread` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notifications");
  const item = page.getByRole("listitem").filter({ hasText: words });
  await expect(item).toContainText("Unread");
  await expect(item).toContainText("You were mentioned · 2011 · recommendation 4(a)");
  await item
    .getByRole("link", { name: /E2E editor mentioned you in the discussion of 2011 · recommendation 4\(a\)/ })
    .click();

  await expect(page).toHaveURL(`${recUrl}#discussion`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recommendation 4(a)");
  await expect(
    page.getByRole("region", { name: "Discussion" }).getByRole("article").filter({ hasText: words }),
  ).toBeVisible();
  expect(await unreadOf(page)).toBe(before - 1);
  // Not the author: no edit form.
  await expect(page.getByRole("region", { name: "Discussion" }).getByText("Change your comment")).toHaveCount(0);

  // Internal: not in the report, nor in the API, nor in the recommendation's public history.
  await page.goto("/reports/kz-2011");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(words)).toHaveCount(0);
  const id = new URL(recUrl).pathname.split("/").pop();
  const api = await page.request.get(`/api/v1/recommendations/${id}`);
  expect(api.ok()).toBe(true);
  expect(await api.text()).not.toContain("Internal check");

  await signInAs("viewer");
  await page.goto(recUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recommendation 4(a)");
  await expect(page.getByRole("region", { name: "Discussion" })).toHaveCount(0);
  await expect(page.getByText(words)).toHaveCount(0);
});

test("the focal point of an assigned institution is mentioned by an editor and replies in the discussion", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(120_000); // two people, an assignment and two comments on a machine shared with other runs
  const ask = `Focal point check ${Date.now()}: did the CEC publish the decree?`;
  const reply = `Yes, published on 3 February ${Date.now()}.`;

  // The editor makes the CEC responsible for recommendation 12 and asks its focal point in the discussion.
  await signInAs("editor");
  await page.goto("/cycles/kz-2011");
  await page.locator("li[data-label='12']").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recommendation 12");
  const recUrl = page.url();
  const assign = page.getByRole("form", { name: "Assign an institution" });
  await assign.getByLabel("Institution to assign").selectOption({
    label: "Central Election Commission of the Republic of Kazakhstan (CEC)",
  });
  await assign.getByLabel("Date", { exact: true }).fill("2011-06");
  await assign.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("region", { name: "Responsible institutions" })).toContainText(
    "Central Election Commission",
  );
  const discussion = page.getByRole("region", { name: "Discussion" });
  const text = discussion.getByRole("textbox", { name: /^Add a comment/ });
  await text.fill(`${ask} `);
  // The Mention list offers the CEC's focal point here, and no viewer.
  const mention = discussion.getByLabel("Mention", { exact: true });
  await expect(mention.getByRole("option", { name: "E2E contributor" })).toHaveCount(1);
  await expect(mention.getByRole("option", { name: "E2E viewer" })).toHaveCount(0);
  await mention.selectOption({ label: "E2E contributor" });
  await discussion.getByRole("button", { name: "Insert mention" }).click();
  await expect(text).toHaveValue(`${ask} @[E2E contributor] `);
  await discussion.getByRole("button", { name: "Post comment" }).click();
  await expect(discussion.getByRole("status")).toHaveText("Your comment was posted.");

  // The focal point is notified, opens the mention and replies, mentioning the editor.
  await signInAs("contributor");
  await page.goto("/notifications");
  const item = page.getByRole("listitem").filter({ hasText: ask });
  await expect(item).toContainText("Unread");
  await item
    .getByRole("link", { name: /E2E editor mentioned you in the discussion of 2011 · recommendation 12/ })
    .click();
  await expect(page).toHaveURL(`${recUrl}#discussion`);
  const theirs = page.getByRole("region", { name: "Discussion" });
  await expect(theirs.getByRole("article", { name: "Comment by E2E editor" }).filter({ hasText: ask })).toBeVisible();
  const answer = theirs.getByRole("textbox", { name: /^Add a comment/ });
  await answer.fill(`@[E2E editor] ${reply}`);
  await theirs.getByRole("button", { name: "Post comment" }).click();
  await expect(theirs.getByRole("status")).toHaveText("Your comment was posted.");
  await expect(
    theirs.getByRole("article", { name: "Comment by E2E contributor" }).filter({ hasText: reply }),
  ).toContainText(`@E2E editor ${reply}`);
  // A recommendation the CEC is not responsible for has no discussion for them.
  await page.goto("/cycles/kz-2011");
  await page.locator("li[data-label='4(a)']").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recommendation 4(a)");
  await expect(page.getByRole("region", { name: "Discussion" })).toHaveCount(0);

  // The editor reads the reply from their notification.
  await signInAs("editor");
  await page.goto("/notifications");
  await page
    .getByRole("listitem")
    .filter({ hasText: reply })
    .getByRole("link", { name: /E2E contributor mentioned you in the discussion of 2011 · recommendation 12/ })
    .click();
  await expect(page).toHaveURL(`${recUrl}#discussion`);
  await expect(
    page.getByRole("region", { name: "Discussion" }).getByRole("article").filter({ hasText: reply }),
  ).toBeVisible();
});
