import { describe, expect, it } from "vitest";
import { ACTIONS, ENTITY_TYPES, FIELDS } from "./catalogue";
import { emptyNames, GONE, readableEvent, type AuditNames, type StoredAuditEvent } from "./readable";
import { auditWords } from "./words";

const REC = "ckrec00000000000000000001";
const EARLIER = "ckrec00000000000000000002";
const CYCLE = "ckcyc00000000000000000001";
const DOC = "ckdoc00000000000000000001";
const INST = "ckins00000000000000000001";

function names(): AuditNames {
  const n = emptyNames();
  n.recommendations.set(REC, { year: 2011, label: "3(a)" });
  n.recommendations.set(EARLIER, { year: 2007, label: "15" });
  n.cycles.set(CYCLE, { year: 2011, title: "Early presidential election", slug: "kz-2011", country: "Kazakhstan" });
  n.documents.set(DOC, "Comments of the Central Election Commission");
  n.institutions.set(INST, "Central Election Commission");
  return n;
}

const event = (over: Partial<StoredAuditEvent>): StoredAuditEvent => ({
  seq: 7,
  occurredAt: new Date("2026-03-04T05:06:07.890Z"),
  actorId: "ckusr00000000000000000001",
  actorLabel: "Eve Editor",
  action: "create",
  entityType: "StateResponse",
  entityId: "ckres00000000000000000001",
  cycleId: CYCLE,
  recommendationId: REC,
  changes: {},
  reason: null,
  hash: "h",
  ...over,
});
const d = (day: string) => `${day}T00:00:00.000Z`;

describe("readableEvent", () => {
  it("names the recommendation with its cycle, and the values in words", () => {
    const e = readableEvent(
      event({
        changes: {
          status: { from: null, to: "REQUIRES_FURTHER_STUDY" },
          datePrecision: { from: null, to: "RANGE" },
          dateFrom: { from: null, to: d("2011-07-13") },
          dateTo: { from: null, to: d("2011-09-30") },
          documentId: { from: null, to: DOC },
          version: { from: null, to: 1 },
        },
      }),
      names(),
    );
    expect(e.what).toBe("Created");
    expect(e.record).toBe("State response");
    expect(e.recommendation).toEqual({ id: REC, label: "2011 · recommendation 3(a)", short: "2011 · 3(a)" });
    expect(e.cycle).toMatchObject({
      label: "2011 · Early presidential election",
      country: "Kazakhstan",
      slug: "kz-2011",
    });
    expect(e.lines).toEqual([
      { field: "status", label: "Status", to: "Requires further study" },
      { field: "date", label: "Date", to: "between 13 July 2011 and 30 September 2011" },
      { field: "documentId", label: "Source document", to: "Comments of the Central Election Commission" },
    ]);
  });

  it("gives before → after for an update, the status in its own lens", () => {
    const e = readableEvent(
      event({
        action: "update",
        entityType: "Assessment",
        changes: {
          status: { from: "NOT_IMPLEMENTED", to: "PARTIALLY_IMPLEMENTED" },
          assessorType: { from: "INTERNAL_REVIEW", to: "ODIHR_MISSION" },
        },
      }),
      names(),
    );
    expect(e.lines).toEqual([
      { field: "status", label: "Status", from: "Not implemented", to: "Partially implemented" },
      { field: "assessorType", label: "Assessed by", from: "Internal review", to: "ODIHR mission" },
    ]);
  });

  it("reads a date changed only in part with the rest of it from the entry's version", () => {
    const changes = { dateFrom: { from: null, to: d("2011-07-13") }, version: { from: 1, to: 2 } };
    const n = names();
    n.datesAfter.set(7, {
      datePrecision: "RANGE",
      dateFrom: new Date(d("2011-07-13")),
      dateTo: new Date(d("2011-09-30")),
    });
    expect(readableEvent(event({ action: "update", changes }), n).lines).toEqual([
      {
        field: "date",
        label: "Date",
        from: "not after 30 September 2011",
        to: "between 13 July 2011 and 30 September 2011",
      },
    ]);
    // Without the version, the part that changed is still said in words.
    expect(readableEvent(event({ action: "update", changes }), names()).lines).toEqual([
      { field: "dateFrom", label: "Earliest possible date", to: "13 July 2011" },
    ]);
  });

  it("reads a whole re-dating without looking anything up", () => {
    const changes = {
      datePrecision: { from: "MONTH", to: "DAY" },
      dateFrom: { from: d("2011-07-01"), to: d("2011-07-13") },
      dateTo: { from: d("2011-07-31"), to: d("2011-07-13") },
    };
    expect(readableEvent(event({ action: "update", changes }), names()).lines).toEqual([
      { field: "date", label: "Date", from: "July 2011", to: "13 July 2011" },
    ]);
  });

  it("names assignments by their institution and links by the earlier recommendation", () => {
    const assign = readableEvent(
      event({
        action: "assign",
        entityType: "RecommendationInstitution",
        entityId: `${REC}:${INST}`,
        changes: {
          institutionId: { from: null, to: INST },
          institution: { from: null, to: "Central Election Commission" },
          datePrecision: { from: null, to: "YEAR" },
          dateFrom: { from: null, to: d("2011-01-01") },
          dateTo: { from: null, to: d("2011-12-31") },
        },
      }),
      names(),
    );
    expect(assign.record).toBe("Responsible institution: Central Election Commission");
    expect(assign.lines).toEqual([
      { field: "institution", label: "Institution", to: "Central Election Commission" },
      { field: "date", label: "Date", to: "2011" },
    ]);
    const link = readableEvent(
      event({
        action: "link",
        entityType: "RecommendationLink",
        entityId: `${REC}:${EARLIER}`,
        changes: {
          toId: { from: null, to: EARLIER },
          earlier: { from: null, to: "2007 15" },
          kind: { from: null, to: "REPEATS" },
        },
      }),
      names(),
    );
    expect(link.record).toBe("Link to an earlier recommendation: 2007 · recommendation 15");
    expect(link.lines).toEqual([
      { field: "toId", label: "Earlier recommendation", to: "2007 · recommendation 15" },
      { field: "kind", label: "Kind of link", to: "Repeats" },
    ]);
  });

  it("names records outside a recommendation by their title, and the cycle they belong to; leaves slugs and file names to the CSV", () => {
    const e = readableEvent(
      event({
        entityType: "Document",
        entityId: DOC,
        recommendationId: null,
        changes: {
          slug: { from: null, to: "kz-2011-cec-comments" },
          title: { from: null, to: "Comments of the Central Election Commission" },
          type: { from: null, to: "GOVERNMENT_COMMENTS" },
          cycleId: { from: null, to: CYCLE },
          issuedOn: { from: null, to: d("2011-09-30") },
          sourceFile: { from: null, to: "001_00b9d59d0ed12259.txt" },
        },
      }),
      names(),
    );
    expect(e.record).toBe("Document: Comments of the Central Election Commission");
    expect(e.recommendation).toBeNull();
    expect(e.cycle?.label).toBe("2011 · Early presidential election");
    expect(e.lines.map((l) => `${l.label}: ${l.to}`)).toEqual([
      "Election cycle: 2011 · Early presidential election",
      "Type of document: Government comments",
      "Title: Comments of the Central Election Commission",
      "Date: 30 September 2011",
    ]);
  });

  it("never shows an id: a record no longer in the tracker is said so, an unknown one takes its recorded name", () => {
    const gone = readableEvent(
      event({ action: "update", changes: { documentId: { from: "ckdoc00000000000000000009", to: null } } }),
      names(),
    );
    expect(gone.lines).toEqual([{ field: "documentId", label: "Source document", from: GONE, to: "(empty)" }]);
    const inst = readableEvent(
      event({
        entityType: "Institution",
        entityId: "ckins00000000000000000009",
        recommendationId: null,
        cycleId: null,
        changes: { name: { from: null, to: "Ministry of Justice" } },
      }),
      names(),
    );
    expect(inst.record).toBe("Institution: Ministry of Justice");
  });

  it("lists the details of security events, and the old fields of earlier releases", () => {
    const failed = readableEvent(
      event({
        action: "sign-in-failed",
        entityType: "User",
        entityId: "unknown",
        recommendationId: null,
        cycleId: null,
        changes: { email: "x@example.org", failures: 2, lockedUntil: null },
      }),
      names(),
    );
    expect(failed.record).toBe("User account: x@example.org");
    expect(failed.lines).toEqual([
      { field: "email", label: "Email", to: "x@example.org" },
      { field: "failures", label: "Failed attempts", to: "2" },
    ]);
    const limited = readableEvent(
      event({
        action: "sign-in-failed",
        entityType: "User",
        entityId: "unknown",
        recommendationId: null,
        cycleId: null,
        changes: { client: "203.0.113.7", failures: 31, lockedUntil: null },
      }),
      names(),
    );
    expect([limited.what, limited.record]).toEqual(["Sign-in failed", "User account: sign-ins from 203.0.113.7"]);
    expect(limited.lines).toContainEqual({ field: "client", label: "Client address", to: "203.0.113.7" });
    const refused = readableEvent(
      event({
        action: "sign-in-refused",
        entityType: "User",
        entityId: "unknown",
        recommendationId: null,
        cycleId: null,
        changes: { method: "oidc", email: "y@example.org", refusal: "unverified-email", attempts: 10 },
      }),
      names(),
    );
    expect([refused.what, refused.record]).toEqual(["Sign-in refused", "User account: y@example.org"]);
    expect(refused.lines).toEqual([
      { field: "method", label: "Method", to: "Organisation sign-in (OpenID Connect)" },
      { field: "email", label: "Email", to: "y@example.org" },
      { field: "refusal", label: "Why", to: "The sign-in service has not verified the email address" },
      { field: "attempts", label: "Refused attempts in this period", to: "10" },
    ]);
    const reset = (action: string, changes: object) =>
      readableEvent(
        event({ action, entityType: "User", entityId: "u1", recommendationId: null, cycleId: null, changes }),
        names(),
      );
    const issued = reset("password-reset-issue", { expiresAt: "2026-04-02T09:00:00.000Z" });
    expect([issued.what, issued.readable]).toEqual(["Password reset link issued", true]);
    expect(issued.lines).toEqual([{ field: "expiresAt", label: "Expires", to: "2 April 2026, 09:00 UTC" }]);
    expect(reset("password-reset-use", {}).what).toBe("Password reset with a link (all sessions ended)");
    expect(reset("password-reset-void", {}).what).toBe("Password reset link voided");
    const revoked = readableEvent(
      event({
        action: "revoke",
        entityType: "Invite",
        entityId: "i1",
        recommendationId: null,
        cycleId: null,
        changes: { revokedAt: { from: null, to: "2026-04-02T09:00:00.000Z" } },
      }),
      names(),
    );
    expect([revoked.what, revoked.readable]).toEqual(["Revoked", true]);
    expect(revoked.lines).toEqual([{ field: "revokedAt", label: "Revoked on", to: "2 April 2026, 09:00 UTC" }]);
    const legacy = readableEvent(
      event({
        action: "update",
        changes: { respondedOn: { from: null, to: d("2011-04-03") }, updatedById: { from: null, to: "u1" } },
      }),
      names(),
    );
    expect(legacy.lines).toEqual([{ field: "respondedOn", label: "Date of the response", to: "3 April 2011" }]);
  });

  it("marks an event that matches nothing in the catalogue as unreadable, without guessing", () => {
    const e = readableEvent(event({ entityType: "Thing", changes: { n: { from: 1, to: 2 } } }), names());
    expect(e.readable).toBe(false);
    expect(e.lines).toEqual([]);
    expect(e.record).toBe("Thing");
  });
});

describe("review steps in words", () => {
  it("reads a returned draft and a contributor's membership", () => {
    const returned = readableEvent(
      event({
        action: "return",
        entityType: "FollowUpDraft",
        changes: {
          publication: { from: "SUBMITTED", to: "RETURNED" },
          reviewComment: { from: null, to: "Please cite the letter." },
          version: { from: 2, to: 3 },
        },
        reason: "Please cite the letter.",
      }),
      names(),
    );
    expect([returned.what, returned.record]).toEqual(["Returned with a comment", "Follow-up draft (in review)"]);
    expect(returned.lines).toEqual([
      { field: "publication", label: "Review state", from: "Submitted for review", to: "Returned for changes" },
      { field: "reviewComment", label: "Reviewer's comment", to: "Please cite the letter." },
    ]);
    const member = readableEvent(
      event({
        action: "role-change",
        entityType: "User",
        entityId: "ckusr00000000000000000002",
        cycleId: null,
        recommendationId: null,
        changes: {
          role: { from: "VIEWER", to: "CONTRIBUTOR" },
          institutionId: { from: null, to: INST },
        },
      }),
      names(),
    );
    expect(member.lines.map((l) => [l.label, l.to])).toEqual([
      ["Role", "Contributor (institution focal point)"],
      ["Member of institution", "Central Election Commission"],
    ]);
  });

  it("reads a progress update's publication in words: its status, not codes or the response's id", () => {
    const published = readableEvent(
      event({
        action: "publish",
        entityType: "StateResponseDraft",
        changes: {
          publication: { from: "SUBMITTED", to: "PUBLISHED" },
          stateResponseId: { from: null, to: "ckres00000000000000000001" },
          version: { from: 4, to: 5 },
        },
      }),
      names(),
    );
    expect([published.what, published.record]).toEqual(["Published", "Progress update (in review)"]);
    expect(published.lines).toEqual([
      { field: "publication", label: "Review state", from: "Submitted for review", to: "Published" },
    ]);
    const created = readableEvent(
      event({
        action: "create",
        entityType: "StateResponseDraft",
        changes: { status: { from: null, to: "AT_STAGE_OF_IMPLEMENTATION" } },
      }),
      names(),
    );
    expect(created.lines.map((l) => [l.label, l.to])).toEqual([["Status", "At the stage of implementation"]]);
  });
});

describe("in Russian and Kazakh", () => {
  const ru = auditWords("ru");
  const kk = auditWords("kk");
  const created = event({
    changes: {
      status: { from: null, to: "REQUIRES_FURTHER_STUDY" },
      datePrecision: { from: null, to: "RANGE" },
      dateFrom: { from: null, to: d("2011-07-13") },
      dateTo: { from: null, to: d("2011-09-30") },
      documentId: { from: null, to: DOC },
    },
  });

  it("says what happened, to which record and recommendation, with the status words of the catalogue", () => {
    const e = readableEvent(created, names(), ru);
    expect([e.what, e.record]).toEqual(["Создано", "Ответ государства"]);
    expect(e.recommendation).toMatchObject({ label: "2011 · рекомендация 3(a)", short: "2011 · 3(a)" });
    expect(e.lines).toEqual([
      { field: "status", label: "Статус", to: "Требует дополнительного изучения" },
      { field: "date", label: "Дата", to: "в период с 13 июля 2011 г. по 30 сентября 2011 г." },
      { field: "documentId", label: "Документ-источник", to: "Comments of the Central Election Commission" },
    ]);
    const k = readableEvent(created, names(), kk);
    expect([k.what, k.record, k.recommendation?.label]).toEqual([
      "Құрылды",
      "Мемлекеттің жауабы",
      "2011 · 3(a) ұсыным",
    ]);
    expect(k.lines.map((l) => l.label)).toEqual(["Мәртебе", "Күні", "Дереккөз құжат"]);
    expect(k.lines[1]!.to).toBe("2011 ж. 13 шілде мен 2011 ж. 30 қыркүйек аралығында");
  });

  it("translates coded values, empty values and security details; names quoted from the data stay as they are", () => {
    const gone = readableEvent(
      event({ action: "update", changes: { documentId: { from: "ckdoc00000000000000000009", to: null } } }),
      names(),
      ru,
    );
    expect(gone.lines).toEqual([
      { field: "documentId", label: "Документ-источник", from: "(больше нет в трекере)", to: "(пусто)" },
    ]);
    const refused = readableEvent(
      event({
        action: "sign-in-refused",
        entityType: "User",
        entityId: "unknown",
        recommendationId: null,
        cycleId: null,
        changes: { method: "oidc", refusal: "no-account", attempts: 3 },
      }),
      names(),
      kk,
    );
    expect([refused.what, refused.record]).toEqual([
      "Кіруден бас тартылды",
      "Тіркелгі: электрондық пошта көрсетілмеген",
    ]);
    expect(refused.lines.map((l) => `${l.label}: ${l.to}`)).toEqual([
      "Тәсіл: Ұйым арқылы кіру (OpenID Connect)",
      "Себебі: Бұл электрондық пошта мекенжайымен белсенді тіркелгі жоқ",
      "Осы кезеңде қабылданбаған әрекеттер: 3",
    ]);
    const member = readableEvent(
      event({
        action: "role-change",
        entityType: "User",
        entityId: "ckusr00000000000000000002",
        cycleId: null,
        recommendationId: null,
        changes: { role: { from: "VIEWER", to: "CONTRIBUTOR" }, institutionId: { from: null, to: INST } },
      }),
      names(),
      ru,
    );
    expect(member.what).toBe("Роль изменена");
    expect(member.lines.map((l) => [l.label, l.from, l.to])).toEqual([
      ["Роль", "Читатель", "Участник (контактное лицо учреждения)"],
      ["Состоит в учреждении", undefined, "Central Election Commission"],
    ]);
  });

  it("has every field, entity type and action of the catalogue in every language", () => {
    for (const w of [ru, kk]) {
      for (const t of ENTITY_TYPES) expect(w.t.has(`auditEvents.entityTypes.${t}`), t).toBe(true);
      for (const a of ACTIONS) expect(w.t.has(`auditEvents.actions.${a}`), a).toBe(true);
      for (const t of ENTITY_TYPES)
        for (const f of Object.keys((FIELDS as Record<string, object>)[t] ?? {}))
          expect(w.t.has(`fields.${f}`), `${t}.${f}`).toBe(true);
    }
  });
});
