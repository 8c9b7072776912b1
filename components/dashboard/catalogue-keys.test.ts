// Keys the dashboards, reports and cycle list build at run time (`t(\`assessor.${code}\`)`): the static check of
// lib/i18n/keys-used.ts cannot see them, so every code of each vocabulary is checked here against the English
// catalogue (lib/i18n/catalogues.test.ts then holds Russian and Kazakh to the same keys). The English words stay
// those of lib/vocab and lib/reports, which the exports still use.
import { describe, expect, it } from "vitest";
import { CONTENT_LABEL, EXPORT_FORMATS, FORMAT_LABEL, LAYOUT_LABEL, PAPER_LABEL } from "@/lib/reports/export-text";
import { ASSESSOR_TYPE, ELECTION_TYPE, PRIORITY } from "@/lib/vocab";
import en from "@/messages/en.json";
import { OPTION_NAMES } from "./notices";

describe("keys built at run time", () => {
  it("name every assessor type, priority and election type in the words of lib/vocab", () => {
    expect(en.dashboard.assessor).toEqual(ASSESSOR_TYPE);
    expect(en.dashboard.priority).toEqual(PRIORITY);
    expect(Object.keys(en.dashboard.filter.priority).sort()).toEqual(Object.keys(PRIORITY).sort());
    expect(en.home.facts.electionType).toEqual(ELECTION_TYPE);
  });

  it("name every dashboard option, breakdown, moment and follow-up caption", () => {
    for (const name of OPTION_NAMES) expect(en.dashboard.option).toHaveProperty(name);
    for (const b of Object.values(en.dashboard.breakdown))
      expect(Object.keys(b).sort()).toEqual(["byLens", "empty", "rowHeading", "title"]);
    expect(Object.keys(en.dashboard.breakdown).sort()).toEqual(["institution", "priority", "section", "theme"]);
    expect(Object.keys(en.dashboard.moment).sort()).toEqual(["latestAsOf", "latestNow", "onAsOf", "onNow"]);
    expect(Object.keys(en.dashboards.followUpCaption).sort()).toEqual(["asOfAll", "asOfOn", "nowAll", "nowOn"]);
  });

  it("name every report format and option value in the words of lib/reports", () => {
    expect(Object.keys(en.report.format)).toEqual([...EXPORT_FORMATS]);
    expect(en.report.format).toEqual(FORMAT_LABEL);
    const o = en.report.options;
    expect({ full: o.content.full, summary: o.content.summary }).toEqual(CONTENT_LABEL);
    expect({ tracker: o.layout.tracker, government: o.layout.government }).toEqual(LAYOUT_LABEL);
    expect({ a4: o.paper.a4, letter: o.paper.letter }).toEqual(PAPER_LABEL);
    for (const k of ["on", "asOf", "since", "content", "layout", "status", "independent", "paper"] as const)
      expect(o[k]).toHaveProperty("label");
  });
});
