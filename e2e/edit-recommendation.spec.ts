// Editing journey on 2011 recommendation 3(a): a new dated answer of the
// state, an independent assessment, a follow-up entry with evidence, a
// correction, the History with field diffs, and the status on an earlier day.
import { test, expect } from "./fixtures";

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test("an editor records a response, an assessment and a follow-up, and sees each change in the history", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(90_000); // one long journey, with a dozen saves on the embedded database
  await signInAs("editor");
  await page.goto("/cycles/kz-2011");
  await page.locator("li[data-label='3(a)']").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Recommendation 3(a)" })).toBeVisible();
  const url = page.url();

  // The state's response: a new answer is a new entry of the series, dated as the source allows.
  const responsePanel = page.getByRole("region", { name: "State's response" });
  await expect(responsePanel.locator(".badge").first()).toHaveText(/Requires further study/);
  await expect(responsePanel).toContainText("given between 13 July 2011 and 30 September 2011");
  await responsePanel.getByText("Record a new response", { exact: true }).click();
  const addResponse = page.getByRole("form", { name: "Record a new response" });
  await addResponse.getByLabel("Status (the state's response)").selectOption({ label: "Accepted in part" });
  await addResponse.getByLabel("Date", { exact: true }).fill("2013-02");
  await addResponse.getByLabel("Response text").fill("The CEC revised its standpoint in a later letter (e2e).");
  await addResponse.getByRole("button", { name: "Record the response" }).click();
  await expect(addResponse.getByRole("status")).toHaveText("The state's response was added to its series.");
  await expect(responsePanel.locator(".badge").first()).toHaveText(/Accepted in part/);
  await expect(responsePanel).toContainText("given February 2013");
  const entries = responsePanel.getByRole("list", { name: /All recorded responses \(2\)/ }).getByRole("listitem");
  await expect(entries).toHaveCount(2);
  // A correction of the new entry (a source), saved twice from the same form: the form follows its own saves.
  const newest = entries.filter({ hasText: "February 2013" });
  await newest.getByText("Correct", { exact: true }).click();
  const correctResponse = newest.getByRole("form", { name: "Correct this response" });
  await correctResponse.getByLabel("Page or section").fill("Letter of the CEC, p. 2");
  await correctResponse.getByRole("button", { name: "Save the correction" }).click();
  await expect(correctResponse.getByRole("status")).toContainText("The response was corrected");
  await correctResponse.getByLabel("Page or section").fill("Letter of the CEC, p. 3");
  await correctResponse.getByRole("button", { name: "Save the correction" }).click();
  await expect(responsePanel.getByText(/Letter of the CEC, p\. 3/).first()).toBeVisible();
  await expect(correctResponse.getByRole("alert")).toHaveCount(0);

  // The independent assessment, in its own panel.
  const assessmentPanel = page.getByRole("region", { name: "Independent assessment" });
  await assessmentPanel.getByText("Add an assessment", { exact: true }).click();
  const addAssessment = page.getByRole("form", { name: "Add an assessment" });
  await addAssessment.getByLabel("Assessed by").selectOption({ label: "ODIHR mission" });
  await addAssessment.getByLabel("Assessment on ODIHR's scale").selectOption({ label: "Not implemented" });
  await addAssessment.getByLabel("Date", { exact: true }).fill("2012-04-03");
  await addAssessment
    .getByLabel("Rationale")
    .fill("No clear criteria for the language test were established.\nSee the 2012 final report.");
  await addAssessment.getByRole("button", { name: "Add the assessment" }).click();
  await expect(addAssessment.getByRole("status")).toHaveText("The assessment was recorded.");
  await expect(assessmentPanel.getByRole("heading", { name: "Current status" })).toBeVisible();
  await expect(assessmentPanel.locator(".badge").first()).toHaveText(/Not implemented/);
  await expect(assessmentPanel).toContainText("ODIHR mission");
  await expect(assessmentPanel).toContainText("assessed 3 April 2012");
  await expect(responsePanel.locator(".badge").first()).toHaveText(/Accepted in part/); // the lenses stay apart

  // A follow-up entry with evidence: a document of the cycle and a page.
  const followUp = page.getByRole("region", { name: "Follow-up", exact: true });
  await followUp.getByText("Add a follow-up entry", { exact: true }).click();
  const addFollowUp = page.getByRole("form", { name: "Add a follow-up entry" });
  const action = "The CEC presented draft amendments on the language test to the working group (e2e).";
  await addFollowUp.getByLabel("Date", { exact: true }).fill("2011-09-30");
  await addFollowUp.getByLabel("Action taken").fill(action);
  const evidence = addFollowUp.getByLabel("Evidence document");
  const statement = await evidence
    .locator("option", { hasText: "Statement by the official delegation" })
    .getAttribute("value");
  await evidence.selectOption(statement!);
  await addFollowUp.getByLabel("Evidence page or section").fill("p. 4");
  await addFollowUp.getByRole("button", { name: "Add the entry" }).click();
  await expect(addFollowUp.getByRole("status")).toHaveText("The follow-up entry was added.");
  const entry = followUp.getByRole("listitem").filter({ hasText: action });
  await expect(entry).toContainText("30 September 2011");
  await expect(entry.getByRole("link", { name: /Statement by the official delegation/ })).toBeVisible();
  await expect(entry).toContainText("p. 4");

  // The History, newest first, with field diffs.
  const history = page.getByRole("region", { name: "History" });
  const events = history.getByRole("listitem");
  await expect(events.first()).toContainText("E2E editor added a follow-up entry");
  const responseEvent = events
    .filter({ hasText: "recorded a response of the state" })
    .filter({ hasText: "E2E editor" });
  await expect(responseEvent.getByRole("row", { name: /^Status/ }).getByRole("cell")).toHaveText(["Accepted in part"]);
  await expect(responseEvent.getByRole("row", { name: /^Date/ }).getByRole("cell")).toHaveText(["February 2013"]);
  await expect(
    events
      .filter({ hasText: "corrected a response of the state" })
      .first()
      .getByRole("row", { name: /^Page or section/ })
      .getByRole("cell"),
  ).toHaveText(["Letter of the CEC, p. 2", "Letter of the CEC, p. 3"]);
  const assessmentEvent = events.filter({ hasText: "added an assessment" });
  await expect(assessmentEvent.getByRole("row", { name: /^Status/ }).getByRole("cell")).toHaveText(["Not implemented"]);
  await expect(assessmentEvent.getByRole("row", { name: /^Assessed by/ }).getByRole("cell")).toHaveText([
    "ODIHR mission",
  ]);

  // Correct the follow-up entry: a reason is required, the diff is in the history.
  await entry.getByText("Correct", { exact: true }).click();
  const correct = entry.getByRole("form", { name: "Correct this follow-up entry" });
  const corrected = "The CEC presented draft amendments on the language test to Parliament's working group (e2e).";
  await correct.getByLabel("Action taken").fill(corrected);
  await correct.getByRole("button", { name: "Save the correction" }).click();
  await expect(correct.getByRole("alert")).toContainText("Nothing was saved");
  await expect(correct.getByLabel("Reason for the correction")).toHaveAccessibleDescription(/required/i);
  await expect(correct.getByLabel("Action taken")).toHaveValue(corrected);
  await correct.getByLabel("Reason for the correction").fill("The working group belongs to Parliament (e2e).");
  await correct.getByRole("button", { name: "Save the correction" }).click();
  await expect(followUp.getByRole("listitem").filter({ hasText: corrected })).toBeVisible();
  const correction = events.filter({ hasText: "corrected a follow-up entry" });
  await expect(correction).toContainText("The working group belongs to Parliament (e2e).");
  await expect(correction.getByRole("row", { name: /^Action taken/ }).getByRole("cell")).toHaveText([
    action,
    corrected,
  ]);

  // Status on a day before the new answer: the seeded one, and the later entry marked; read-only.
  await page.getByLabel("Status on", { exact: true }).fill("2012-06-01");
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page).toHaveURL(/on=2012-06-01/);
  await expect(page.getByText("Status on 1 June 2012, as currently recorded.")).toBeVisible();
  const past = page.getByRole("region", { name: "State's response" });
  await expect(past.locator(".badge").first()).toHaveText(/Requires further study/);
  await expect(past.getByRole("listitem").filter({ hasText: "February 2013" })).toContainText(
    "dated after 1 June 2012: not counted on that day",
  );
  await expect(page.getByRole("region", { name: "Independent assessment" }).locator(".badge").first()).toHaveText(
    /Not implemented/,
  );
  await expect(page.getByRole("region", { name: "Follow-up", exact: true })).toContainText(corrected);
  for (const control of [
    "Record a new response",
    "Add an assessment",
    "Add a follow-up entry",
    "Correct",
    "Withdraw",
  ]) {
    await expect(page.getByText(control, { exact: true })).toHaveCount(0);
  }

  // As recorded yesterday: the e2e database was seeded today, nothing was recorded yet.
  await page.goto(`${url}?asOf=${day(-1)}`);
  await expect(page.getByText(/This recommendation had not been recorded in the tracker yet/)).toBeVisible();
  await page.getByRole("link", { name: "Show the current record" }).click();
  await expect(page.getByText("Record a new response", { exact: true })).toBeVisible();

  // An impossible date is named and ignored; the current view is shown.
  await page.goto(`${url}?on=2011-02-30`);
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Ignored “Status on”" })).toBeVisible();
  await expect(page.getByRole("region", { name: "State's response" }).locator(".badge").first()).toHaveText(
    /Accepted in part/,
  );

  // Withdraw the assessment (which also leaves the 2011 cycle unassessed for the report journeys):
  // it stays on the page, marked, and the current status falls back to "Not yet assessed".
  const recorded = assessmentPanel
    .getByRole("list", { name: /All recorded assessments/ })
    .getByRole("listitem")
    .filter({ hasText: "No clear criteria for the language test" });
  await recorded.getByText("Withdraw", { exact: true }).click();
  await recorded.getByLabel("Reason for the withdrawal").fill("Recorded on the wrong recommendation (e2e).");
  await recorded.getByRole("button", { name: "Withdraw this assessment" }).click();
  await expect(recorded).toContainText(/Withdrawn on .* — Recorded on the wrong recommendation \(e2e\)\./);
  await expect(
    assessmentPanel.getByText(
      "Not yet assessed — no independent assessment has been recorded for this recommendation.",
    ),
  ).toBeVisible();
  await expect(events.first()).toContainText("E2E editor withdrew an assessment");
  await expect(
    events
      .first()
      .getByRole("row", { name: /^Reason for withdrawal/ })
      .getByRole("cell"),
  ).toHaveText(["(empty)", "Recorded on the wrong recommendation (e2e)."]);
});
