import { describe, expect, it } from "vitest";
import { ACTIONS, CATALOGUE, ENTITY_TYPES } from "@/lib/audit/catalogue";
import type { AuditFilterOptions } from "@/lib/audit/queries";
import type { AuditFilter } from "@/lib/audit/schema";
import { auditWords } from "@/lib/audit/words";
import {
  ACTION_LABEL,
  actionLabel,
  auditQuery,
  ENTITY_TYPE_LABEL,
  exportFileName,
  filterSummary,
  formatWhen,
  SECURITY_ACTIONS,
  SECURITY_ENTITY_TYPES,
  shorten,
} from "./format";

describe("labels", () => {
  it("name every entity type and action of the catalogue", () => {
    for (const t of ENTITY_TYPES) expect(ENTITY_TYPE_LABEL[t], t).toBeTruthy();
    for (const a of ACTIONS) expect(ACTION_LABEL[a], a).toBeTruthy();
  });
  it("keep account and sign-in actions apart, and only those", () => {
    expect(SECURITY_ENTITY_TYPES).toEqual(["User", "Invite", "ApiToken"]);
    expect([...SECURITY_ACTIONS].sort()).toEqual([
      "deactivate",
      "invite",
      "issue",
      "password-change",
      "password-reset-issue",
      "password-reset-use",
      "password-reset-void",
      "reactivate",
      "revoke",
      "role-change",
      "sign-in",
      "sign-in-failed",
      "sign-in-refused",
      "sign-out",
    ]);
    for (const a of SECURITY_ACTIONS)
      for (const t of ENTITY_TYPES.filter((x) => !SECURITY_ENTITY_TYPES.includes(x)))
        expect(a in CATALOGUE[t]).toBe(false);
  });
  it("put an unknown action in words rather than as a code", () => {
    expect(actionLabel("merge-records")).toBe("Merge records");
  });
});

describe("shorten", () => {
  it("leaves short text alone, collapsing line breaks", () => {
    expect(shorten("Part “Recommendations”,\n\nline two")).toEqual({
      text: "Part “Recommendations”, line two",
      cut: false,
    });
  });
  it("cuts long text at a word, with an ellipsis", () => {
    const long = `The CEC standpoint. ${"word ".repeat(60)}`;
    const s = shorten(long, 40);
    expect(s.cut).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(40);
    expect(s.text).toMatch(/^The CEC standpoint\. word( word)*…$/);
  });
});

const options: AuditFilterOptions = {
  users: [{ id: "ckusr00000000000000000001", name: "Eve Editor" }],
  countries: [{ code: "KZ", name: "Kazakhstan" }],
  cycle: { slug: "kz-2011", label: "2011 · Early presidential election", country: "Kazakhstan" },
};

describe("filterSummary", () => {
  it("says the filters in words: names, labels, days", () => {
    expect(
      filterSummary(
        {
          actor: "ckusr00000000000000000001",
          entityType: "StateResponse",
          cycle: "kz-2011",
          country: "KZ",
          year: 2011,
          action: "update",
          from: "2026-01-01",
          to: "2026-01-31",
        },
        options,
      ),
    ).toEqual([
      "User: Eve Editor",
      "Type of record: State response",
      "Cycle: Kazakhstan, 2011 · Early presidential election",
      "Country: Kazakhstan",
      "Election year: 2011",
      "Action: Updated",
      "From: 1 January 2026",
      "To: 31 January 2026",
    ]);
  });
  it("never shows the id of a user or cycle it does not know", () => {
    const s = filterSummary(
      { actor: "ckusr00000000000000000009", cycle: "kz-1999", country: "XX" },
      { ...options, cycle: null },
    ).join(" ");
    expect(s).not.toContain("ckusr");
    expect(s).not.toContain("kz-1999");
    expect(s).not.toContain("XX");
  });
  it("is empty without filters", () => {
    expect(filterSummary({}, options)).toEqual([]);
  });
  it("speaks the reader's language: Kazakh labels and days; names from the data stay as recorded", () => {
    const filter: AuditFilter = {
      actor: "ckusr00000000000000000001",
      entityType: "StateResponse",
      action: "update",
      from: "2026-01-01",
    };
    expect(filterSummary(filter, options, auditWords("kk"))).toEqual([
      "Пайдаланушы: Eve Editor",
      "Жазба түрі: Мемлекеттің жауабы",
      "Әрекет: Өзгертілді",
      "Басталу күні: 2026 ж. 1 қаңтар",
    ]);
    expect(filterSummary({ ...filter, actor: "ckusr00000000000000000009" }, options, auditWords("ru"))[0]).toBe(
      "Пользователь: больше нет в трекере",
    );
  });
});

describe("auditQuery", () => {
  it("keeps the filters in a stable order and drops the page unless asked", () => {
    expect(auditQuery({})).toBe("");
    expect(auditQuery({ cycle: "kz-2011", entityType: "StateResponse", before: 40 })).toBe(
      "?entityType=StateResponse&cycle=kz-2011",
    );
    expect(auditQuery({ from: "2026-01-01", to: "2026-01-31" }, { before: 12 })).toBe(
      "?from=2026-01-01&to=2026-01-31&before=12",
    );
    expect(auditQuery({ year: 2011, country: "KZ" })).toBe("?country=KZ&year=2011");
  });
  it("encodes values", () => {
    expect(auditQuery({ action: "sign-in-failed" })).toBe("?action=sign-in-failed");
  });
});

describe("dates", () => {
  it("formats the time of an event and the export's file name in UTC", () => {
    expect(formatWhen(new Date("2026-03-04T05:06:07.890Z"))).toBe("2026-03-04 05:06:07");
    expect(exportFileName(new Date("2026-03-04T23:59:59Z"))).toBe("audit-2026-03-04.csv");
  });
});
