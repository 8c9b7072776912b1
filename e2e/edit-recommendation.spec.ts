// Editing journey on 2011 recommendation 3(a): the state's response, an
// independent assessment, a follow-up entry with evidence, a correction, the
// History with field diffs, and the point-in-time view.
import { test, expect } from "./fixtures";

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test("an editor records a response, an assessment and a follow-up, and sees each change in the history", async ({ page, signInAs }) => {
  test.setTimeout(90_000); // one long journey, with a dozen saves on the embedded database
  await signInAs("editor");
  await page.goto("/cycles/kz-2011");
  await page.getByRole("link", { name: "Recommendation 3(a)", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recommendation 3(a)" })).toBeVisible();
  const url = page.url();

  // The state's response: a change of status, with its reason.
  const responsePanel = page.getByRole("region", { name: "State's response" });
  await expect(responsePanel.locator(".badge")).toHaveText(/Requires further study/);
  await responsePanel.getByText("Edit response", { exact: true }).click();
  const responseForm = page.getByRole("form", { name: "Edit the state's response" });
  await responseForm.getByLabel("Status (state's response)").selectOption({ label: "Accepted in part" });
  await responseForm.getByLabel("Reason for the change").fill("The CEC revised its standpoint in a later letter (e2e).");
  await responseForm.getByRole("button", { name: "Save the response" }).click();
  await expect(responseForm.getByRole("status")).toHaveText("The state's response was saved.");
  await expect(responsePanel.locator(".badge")).toHaveText(/Accepted in part/);
  // A second save from the same form goes through: the form follows its own saves.
  await responseForm.getByLabel("Page or section").fill("Letter of the CEC, p. 2");
  await responseForm.getByRole("button", { name: "Save the response" }).click();
  await expect(responsePanel.getByText(/Letter of the CEC, p\. 2/)).toBeVisible();
  await expect(responseForm.getByRole("alert")).toHaveCount(0);

  // The independent assessment, in its own panel.
  const assessmentPanel = page.getByRole("region", { name: "Independent assessment" });
  await assessmentPanel.getByText("Add an assessment", { exact: true }).click();
  const addAssessment = page.getByRole("form", { name: "Add an assessment" });
  await addAssessment.getByLabel("Assessed by").selectOption({ label: "ODIHR mission" });
  await addAssessment.getByLabel("Assessment on ODIHR's scale").selectOption({ label: "Not implemented" });
  await addAssessment.getByLabel("Date of the assessment").fill("2012-04-03");
  await addAssessment.getByLabel("Rationale").fill("No clear criteria for the language test were established.\nSee the 2012 final report.");
  await addAssessment.getByRole("button", { name: "Add the assessment" }).click();
  await expect(addAssessment.getByRole("status")).toHaveText("The assessment was recorded.");
  const current = assessmentPanel.getByRole("list", { name: "Current status, per assessor" });
  await expect(current.locator(".badge")).toHaveText(/Not implemented/);
  await expect(current).toContainText("ODIHR mission");
  await expect(current).toContainText("3 April 2012");
  await expect(responsePanel.locator(".badge")).toHaveText(/Accepted in part/); // the lenses stay apart

  // A follow-up entry with evidence: a document of the cycle and a page.
  const followUp = page.getByRole("region", { name: "Follow-up", exact: true });
  await followUp.getByText("Add a follow-up entry", { exact: true }).click();
  const addFollowUp = page.getByRole("form", { name: "Add a follow-up entry" });
  const action = "The CEC presented draft amendments on the language test to the working group (e2e).";
  await addFollowUp.getByLabel("Date of the action").fill("2011-09-30");
  await addFollowUp.getByLabel("Action taken").fill(action);
  const evidence = addFollowUp.getByLabel("Evidence document");
  const statement = await evidence.locator("option", { hasText: "Statement by the official delegation" }).getAttribute("value");
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
  const responseEvent = events.filter({ hasText: "The CEC revised its standpoint in a later letter (e2e)." });
  await expect(responseEvent).toContainText("E2E editor updated the state's response");
  await expect(responseEvent.getByRole("row", { name: /^Status/ }).getByRole("cell")).toHaveText(["Requires further study", "Accepted in part"]);
  await expect(events.filter({ hasText: "updated the state's response" }).first().getByRole("row", { name: /^Page or section/ }).getByRole("cell")).toHaveText([
    "Part “Recommendations”, “The CEC standpoint” on recommendation 3(a)",
    "Letter of the CEC, p. 2",
  ]);
  const assessmentEvent = events.filter({ hasText: "added an assessment" });
  await expect(assessmentEvent.getByRole("row", { name: /^Status/ }).getByRole("cell")).toHaveText(["Not implemented"]);
  await expect(assessmentEvent.getByRole("row", { name: /^Assessed by/ }).getByRole("cell")).toHaveText(["ODIHR mission"]);

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
  await expect(correction.getByRole("row", { name: /^Action taken/ }).getByRole("cell")).toHaveText([action, corrected]);

  // Point in time: today shows what was just recorded, read-only.
  await page.getByLabel("Show as recorded on").fill(day(0));
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`asOf=${day(0)}`));
  await expect(page.getByText(/As recorded in the tracker at the end of .* reconstructed from the audit history/)).toBeVisible();
  await expect(page.getByRole("region", { name: "State's response" }).locator(".badge")).toHaveText(/Accepted in part/);
  await expect(page.getByRole("region", { name: "Independent assessment" }).getByRole("list", { name: "Current status, per assessor" })).toContainText("Not implemented");
  await expect(page.getByRole("region", { name: "Follow-up", exact: true })).toContainText(corrected);
  for (const control of ["Edit response", "Add an assessment", "Add a follow-up entry", "Correct", "Withdraw"]) {
    await expect(page.getByText(control, { exact: true })).toHaveCount(0);
  }

  // The e2e database was seeded today: yesterday, nothing was recorded yet.
  await page.goto(`${url}?asOf=${day(-1)}`);
  await expect(page.getByText(/This recommendation had not been recorded in the tracker yet/)).toBeVisible();
  await page.getByRole("link", { name: "Show current" }).click();
  await expect(page.getByText("Edit response", { exact: true })).toBeVisible();

  // An impossible date is refused with a notice; the current view is shown.
  await page.goto(`${url}?asOf=2011-02-30`);
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "not a real date" })).toBeVisible();
  await expect(page.getByRole("region", { name: "State's response" }).locator(".badge")).toHaveText(/Accepted in part/);

  // Withdraw the assessment (which also leaves the 2011 cycle unassessed for the report journeys):
  // it stays on the page, marked, and the current status falls back to "Not yet assessed".
  const recorded = assessmentPanel.getByRole("list", { name: /All recorded assessments/ }).getByRole("listitem").filter({ hasText: "No clear criteria for the language test" });
  await recorded.getByText("Withdraw", { exact: true }).click();
  await recorded.getByLabel("Reason for the withdrawal").fill("Recorded on the wrong recommendation (e2e).");
  await recorded.getByRole("button", { name: "Withdraw this assessment" }).click();
  await expect(recorded).toContainText(/Withdrawn on .* — Recorded on the wrong recommendation \(e2e\)\./);
  await expect(assessmentPanel.getByText("Not yet assessed — no independent assessment has been recorded")).toBeVisible();
  await expect(events.first()).toContainText("E2E editor withdrew an assessment");
  await expect(events.first().getByRole("row", { name: /^Reason for withdrawal/ }).getByRole("cell")).toHaveText(["(empty)", "Recorded on the wrong recommendation (e2e)."]);
});
