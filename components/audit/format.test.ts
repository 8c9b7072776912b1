import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from "@/lib/audit/schema";
import { ACTION_LABEL, auditQuery, describeChanges, ENTITY_TYPE_LABEL, exportFileName, formatValue, formatWhen } from "./format";

describe("labels", () => {
  it("name every entity type and action the filters accept", () => {
    for (const t of AUDIT_ENTITY_TYPES) expect(ENTITY_TYPE_LABEL[t], t).toBeTruthy();
    for (const a of AUDIT_ACTIONS) expect(ACTION_LABEL[a], a).toBeTruthy();
  });
});

describe("formatValue", () => {
  it("shows dates as days, booleans as Yes/No, empties as (empty)", () => {
    expect(formatValue("2011-04-03T00:00:00.000Z")).toBe("2011-04-03");
    expect(formatValue("2026-02-01T10:20:30.456Z")).toBe("2026-02-01 10:20:30 UTC");
    expect(formatValue(true)).toBe("Yes");
    expect(formatValue(false)).toBe("No");
    expect(formatValue(null)).toBe("(empty)");
    expect(formatValue("")).toBe("(empty)");
    expect(formatValue(3)).toBe("3");
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
  });
  it("cuts long text, collapsing line breaks", () => {
    const long = `Part “Recommendations”,\n\n${"x".repeat(300)}`;
    const out = formatValue(long, 40);
    expect(out).toHaveLength(40);
    expect(out.endsWith("…")).toBe(true);
    expect(out.startsWith("Part “Recommendations”, x")).toBe(true);
  });
});

describe("describeChanges", () => {
  it("gives before → after for updates, only after for creations", () => {
    expect(
      describeChanges({
        status: { from: "ACCEPTED_IN_PART", to: "IMPLEMENTED" },
        title: { from: null, to: "Early presidential election" },
        version: { from: 1, to: 2 },
        notes: { from: null, to: null },
      }),
    ).toEqual([
      { field: "status", label: "Status", from: "Accepted in part", to: "Implemented" },
      { field: "title", label: "Title", to: "Early presidential election" },
    ]);
  });
  it("names coded values by their label, and leaves unknown codes alone", () => {
    expect(describeChanges({ role: { from: "VIEWER", to: "EDITOR" }, status: { from: null, to: "NOT_YET_ASSESSED" }, type: { from: null, to: "SOMETHING_NEW" } })).toEqual([
      { field: "role", label: "Role", from: "Viewer", to: "Editor" },
      { field: "status", label: "Status", to: "Not yet assessed" },
      { field: "type", label: "Type", to: "SOMETHING_NEW" },
    ]);
  });
  it("shows a cleared value as (empty)", () => {
    expect(describeChanges({ place: { from: "Warsaw", to: null } })).toEqual([{ field: "place", label: "Place", from: "Warsaw", to: "(empty)" }]);
  });
  it("lists details that are not diffs as they are", () => {
    expect(describeChanges({ method: "password" })).toEqual([{ field: "method", label: "Method", to: "password" }]);
    expect(describeChanges({ email: "a@b.example", failures: 2, lockedUntil: null })).toEqual([
      { field: "email", label: "Email", to: "a@b.example" },
      { field: "failures", label: "Failures", to: "2" },
    ]);
  });
  it("copes with anything else", () => {
    expect(describeChanges(null)).toEqual([]);
    expect(describeChanges("x")).toEqual([]);
    expect(describeChanges([1, 2])).toEqual([]);
  });
});

describe("auditQuery", () => {
  it("keeps the filters in a stable order and drops the page unless asked", () => {
    expect(auditQuery({})).toBe("");
    expect(auditQuery({ cycle: "kz-2011", entityType: "StateResponse", before: 40 })).toBe("?entityType=StateResponse&cycle=kz-2011");
    expect(auditQuery({ from: "2026-01-01", to: "2026-01-31" }, { before: 12 })).toBe("?from=2026-01-01&to=2026-01-31&before=12");
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
