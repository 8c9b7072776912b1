import { describe, expect, it } from "vitest";
import { describeAction, describeTimeline, formatDateTime, formatValue, type Lookups } from "./timeline";

const lookups: Lookups = {
  documents: new Map([["doc1", "Comments of the CEC"]]),
  institutions: new Map([["inst1", "Central Election Commission"]]),
};
const at = (iso: string) => new Date(iso);

describe("history timeline", () => {
  it("says what happened in words", () => {
    expect(describeAction("update", "StateResponse")).toBe("corrected a response of the state");
    expect(describeAction("create", "Assessment")).toBe("added an assessment");
    expect(describeAction("withdraw", "FollowUp")).toBe("withdrew a follow-up entry");
    expect(describeAction("assign", "RecommendationInstitution")).toBe("assigned an institution");
    expect(describeAction("create", "Recommendation")).toBe("created the recommendation");
    expect(describeAction("re-link", "CycleClaim")).toBe("re link (cycle claim)");
  });

  it("says an owner change in words: the owner's name for signed-in readers, never an id for others", () => {
    const event = {
      seq: 8,
      occurredAt: at("2026-12-01T10:00:00Z"),
      actorLabel: "Ada Admin",
      action: "assign-owner",
      entityType: "Recommendation",
      entityId: "rec1",
      changes: { ownerId: { from: null, to: "user1" }, version: { from: 1, to: 2 } },
      reason: null,
    };
    const [signedIn] = describeTimeline([event], { ...lookups, users: new Map([["user1", "Eve Editor"]]) });
    expect(signedIn).toMatchObject({
      what: "changed the owner",
      rows: [{ label: "Owner", before: null, after: "Eve Editor" }],
    });
    const [publicReader] = describeTimeline([event], lookups);
    expect(publicReader!.rows).toEqual([{ field: "ownerId", label: "Owner", before: null, after: "a colleague" }]);
  });

  it("says an evidence file's attachment and removal in words, its type too", () => {
    expect(describeAction("attach-file", "EvidenceFile")).toBe("attached an evidence file");
    expect(describeAction("remove-file", "EvidenceFile")).toBe("removed an evidence file");
    const [entry] = describeTimeline(
      [
        {
          seq: 7,
          occurredAt: at("2026-11-30T10:00:00Z"),
          actorLabel: "Eve Editor",
          action: "attach-file",
          entityType: "EvidenceFile",
          entityId: "ev1",
          changes: {
            followUpId: { from: null, to: "fu1" },
            entry: { from: null, to: "Follow-up entry of October 2011: Draft law" },
            fileName: { from: null, to: "decree.pdf" },
            fileKind: { from: null, to: "xlsx" },
          },
          reason: null,
        },
      ],
      lookups,
    );
    expect(entry!.created).toBe(true);
    expect(entry!.rows.map((r) => `${r.label}: ${r.after}`)).toEqual([
      "Entry: Follow-up entry of October 2011: Draft law",
      "File name: decree.pdf",
      "File type: Excel workbook (XLSX)",
    ]);
  });

  it("says a translation in words: which text, language, kind, never the text's id", () => {
    expect(describeAction("remove-translation", "ContentTranslation")).toBe("removed a translation");
    const [entry] = describeTimeline(
      [
        {
          seq: 8,
          occurredAt: at("2026-11-30T10:00:00Z"),
          actorLabel: "Eve Editor",
          action: "add",
          entityType: "ContentTranslation",
          entityId: "tr1",
          changes: {
            subject: { from: null, to: "RECOMMENDATION_TEXT" },
            subjectId: { from: null, to: "ckrec00000000000000000001" },
            language: { from: null, to: "RU" },
            text: { from: null, to: "Рабочий перевод" },
            kind: { from: null, to: "WORKING" },
            translator: { from: null, to: "Eve Editor" },
            version: { from: null, to: 1 },
          },
          reason: null,
        },
      ],
      lookups,
    );
    expect(entry!.what).toBe("added a translation");
    expect(entry!.created).toBe(true);
    expect(entry!.rows.map((r) => `${r.label}: ${r.after}`)).toEqual([
      "Text: Рабочий перевод",
      "Which text: Recommendation text",
      "Language: Russian",
      "Kind of translation: Working, not official",
      "Translated by: Eve Editor",
    ]);
  });

  it("formats times in UTC and calendar dates as dates", () => {
    expect(formatDateTime(at("2026-11-22T17:05:09.123Z"))).toBe("22 Nov 2026, 17:05 UTC");
    expect(formatValue("FollowUp", "dateTo", "2011-04-03T00:00:00.000Z", lookups)).toBe("3 April 2011");
    expect(formatValue("FollowUp", "withdrawnAt", "2026-01-02T08:30:00.000Z", lookups)).toBe("2 Jan 2026, 08:30 UTC");
  });

  it("uses the vocabulary of each lens, and names documents and institutions", () => {
    expect(formatValue("StateResponse", "status", "REQUIRES_FURTHER_STUDY", lookups)).toBe("Requires further study");
    expect(formatValue("Assessment", "status", "NOT_IMPLEMENTED", lookups)).toBe("Not implemented");
    expect(formatValue("Assessment", "assessorType", "ODIHR_MISSION", lookups)).toBe("ODIHR mission");
    expect(formatValue("FollowUp", "evidenceDocumentId", "doc1", lookups)).toBe("Comments of the CEC");
    expect(formatValue("FollowUp", "evidenceDocumentId", "gone", lookups)).toBe("gone");
    expect(formatValue("FollowUp", "institutionId", "inst1", lookups)).toBe("Central Election Commission");
    expect(formatValue("FollowUp", "internal", false, lookups)).toBe("No");
    expect(formatValue("FollowUp", "nextStep", "", lookups)).toBeNull();
  });

  it("lists events newest first, with labelled before/after rows and no bookkeeping", () => {
    const entries = describeTimeline(
      [
        {
          seq: 1,
          occurredAt: at("2026-01-01T10:00:00Z"),
          actorLabel: "System",
          action: "create",
          entityType: "StateResponse",
          entityId: "r",
          reason: "Seed",
          changes: { status: { from: null, to: "REQUIRES_FURTHER_STUDY" }, version: { from: null, to: 1 } },
        },
        {
          seq: 7,
          occurredAt: at("2026-01-02T11:00:00Z"),
          actorLabel: "Eve Editor",
          action: "update",
          entityType: "StateResponse",
          entityId: "r",
          reason: "Law adopted",
          changes: {
            status: { from: "REQUIRES_FURTHER_STUDY", to: "ACCEPTED_IN_PART" },
            text: { from: "Old\ntext", to: "New" },
            version: { from: 1, to: 2 },
          },
        },
      ],
      lookups,
    );
    expect(entries.map((e) => e.seq)).toEqual([7, 1]);
    expect(entries[0]).toMatchObject({
      who: "Eve Editor",
      what: "corrected a response of the state",
      reason: "Law adopted",
      created: false,
      when: "2 Jan 2026, 11:00 UTC",
    });
    expect(entries[0]!.rows).toEqual([
      { field: "status", label: "Status", before: "Requires further study", after: "Accepted in part" },
      { field: "text", label: "Text", before: "Old\ntext", after: "New" },
    ]);
    expect(entries[1]).toMatchObject({
      created: true,
      rows: [{ field: "status", before: null, after: "Requires further study" }],
    });
  });

  it("shows an assignment by the institution's name only", () => {
    const [e] = describeTimeline(
      [
        {
          seq: 3,
          occurredAt: at("2026-01-01T00:00:00Z"),
          actorLabel: "A",
          action: "assign",
          entityType: "RecommendationInstitution",
          entityId: "x",
          reason: null,
          changes: { institutionId: { from: null, to: "inst1" }, institution: { from: null, to: "CEC" } },
        },
      ],
      lookups,
    );
    expect(e!.rows).toEqual([{ field: "institution", label: "Institution", before: null, after: "CEC" }]);
  });
});

describe("a created record", () => {
  it("lists its fields in reading order, with readable names", () => {
    const [e] = describeTimeline(
      [
        {
          seq: 1,
          occurredAt: at("2026-01-01T00:00:00Z"),
          actorLabel: "System",
          action: "create",
          entityType: "Recommendation",
          entityId: "r",
          reason: null,
          changes: {
            text: { from: null, to: "T" },
            textVerification: { from: null, to: "VERIFIED" },
            sourceDocumentId: { from: null, to: "doc1" },
            label: { from: null, to: "3(a)" },
            cycleId: { from: null, to: "c" },
          },
        },
      ],
      lookups,
    );
    expect(e!.rows.map((r) => [r.label, r.after])).toEqual([
      ["Label", "3(a)"],
      ["Text", "T"],
      ["Source document", "Comments of the CEC"],
      ["Text checked against the source", "Yes"],
    ]);
  });
});

describe("the reason of an event", () => {
  it("is not repeated when it is one of the recorded values", () => {
    const [e] = describeTimeline(
      [
        {
          seq: 9,
          occurredAt: at("2026-01-01T00:00:00Z"),
          actorLabel: "A",
          action: "withdraw",
          entityType: "FollowUp",
          entityId: "f",
          reason: "Duplicate",
          changes: {
            withdrawnAt: { from: null, to: "2026-01-01T09:00:00.000Z" },
            withdrawalReason: { from: null, to: "Duplicate" },
          },
        },
      ],
      lookups,
    );
    expect(e!.reason).toBeNull();
    expect(e!.rows.map((r) => r.after)).toEqual(["1 Jan 2026, 09:00 UTC", "Duplicate"]);
  });
});

describe("a date in the history", () => {
  const lookups = { documents: new Map(), institutions: new Map() };
  const ev = (changes: Record<string, unknown>) =>
    describeTimeline(
      [
        {
          seq: 1,
          occurredAt: new Date("2026-01-02T11:00:00Z"),
          actorLabel: "E",
          action: "update",
          entityType: "StateResponse",
          entityId: "s",
          changes,
          reason: null,
        },
      ],
      lookups,
    )[0]!.rows;
  it("reads as one date when set or changed as a whole, in parts otherwise", () => {
    expect(
      ev({
        datePrecision: { from: "MONTH", to: "RANGE" },
        dateFrom: { from: "2011-07-01T00:00:00.000Z", to: "2011-07-13T00:00:00.000Z" },
        dateTo: { from: "2011-07-31T00:00:00.000Z", to: "2011-09-30T00:00:00.000Z" },
      }),
    ).toEqual([
      { field: "date", label: "Date", before: "July 2011", after: "between 13 July 2011 and 30 September 2011" },
    ]);
    expect(
      ev({
        dateNote: { from: null, to: "Undated" },
        dateTo: { from: "2011-09-30T00:00:00.000Z", to: "2011-09-29T00:00:00.000Z" },
      }),
    ).toEqual([
      {
        field: "dateTo",
        label: "Latest possible date (counts from)",
        before: "30 September 2011",
        after: "29 September 2011",
      },
      { field: "dateNote", label: "Note on the date", before: null, after: "Undated" },
    ]);
  });
});
