// The row each kind of entity is created with, and the event that records it,
// the way the app writes them: seed-style rows (countries, cycles, documents,
// sections: every non-null field, by the system) and the mutations' rows
// (users, institutions, assignments, links: their changes and scope; the
// recommendations and their series are in materialize-series.ts).
import { diffFields } from "@/lib/audit/hash";
import { INSTITUTION_FIELDS } from "@/lib/institutions/mutations";
import type { Rng } from "./prng";
import type { EntityPlan } from "./plan-types";
import { countryCode, countryName, editorName, idOf, institutionAbbreviation, institutionName } from "./shape";
import {
  created,
  cycleSlug,
  date,
  dated,
  none,
  recLabel,
  recScope,
  seeded,
  type Created,
  type Row,
} from "./materialize-common";
import { recCreate, seriesRow } from "./materialize-series";

export type { Created, Row };
export { correctionOf } from "./materialize-series";

const TYPE_WORD: Record<string, string> = {
  PARLIAMENTARY: "Parliamentary",
  PRESIDENTIAL: "Presidential",
  LOCAL: "Local",
  REFERENDUM: "Referendum",
};

function cycleRow(e: EntityPlan): Row {
  const a = e.a;
  const title = `${TYPE_WORD[a.electionType!]} elections, ${countryName(a.c!)} (synthetic)`;
  return {
    slug: cycleSlug(e),
    countryId: e.parent!.id,
    year: a.year,
    electionType: a.electionType,
    title,
    electionDate: date(a.election),
    isEarly: false,
    finalReportTitle: `${title}: ODIHR Election Observation Mission Final Report (synthetic)`,
    finalReportDate: date(a.report),
    finalReportPlace: "Warsaw",
    notes: null,
    version: 1,
  };
}

function documentRow(e: EntityPlan): Row {
  const cycle = e.parent!;
  const comments = e.a.docType === "GOVERNMENT_COMMENTS";
  const what = {
    PRELIMINARY_STATEMENT: "Preliminary statement",
    FINAL_REPORT: "Final report",
    GOVERNMENT_COMMENTS: "Comments of the authorities",
  }[e.a.docType as "FINAL_REPORT"];
  return {
    slug: `${cycleSlug(cycle)}-${e.a.docType!.toLowerCase().replace(/_/g, "-")}`,
    cycleId: cycle.id,
    type: e.a.docType,
    title: `${what} (synthetic)`,
    issuer: comments ? `Central Election Commission of ${countryName(cycle.a.c!)}` : "OSCE/ODIHR",
    issuedOn: date(e.a.issued),
    place: comments ? null : "Warsaw",
    sourceFile: null,
    fullText: null,
    version: 1,
  };
}

export function createOf(e: EntityPlan, rng: Rng, seed: number): Created {
  const a = e.a;
  switch (e.kind) {
    case "user": {
      const admin = a.role === "ADMIN";
      const name = admin ? "Benchmark administrator" : editorName(a.i!);
      const email = admin
        ? "bench-admin@bench.example"
        : `bench-editor-${String(a.i! + 1).padStart(2, "0")}@bench.example`;
      const row: Row = { id: e.id, email, name, role: a.role, active: true };
      return {
        table: "users",
        entityType: "User",
        row,
        changes: diffFields({}, { email, name, role: a.role, active: true }),
        reason: null,
        scope: none,
        fields: [],
      };
    }
    case "country":
      return {
        ...seeded("countries", "Country", { code: countryCode(a.c!), name: countryName(a.c!) }),
        row: { id: e.id, code: countryCode(a.c!), name: countryName(a.c!) },
      };
    case "institution": {
      const row: Row = {
        id: e.id,
        name: institutionName(a.c!, a.i!),
        abbreviation: institutionAbbreviation(a.i!),
        description: null,
        active: true,
        version: 1,
      };
      return created("institutions", "Institution", row, INSTITUTION_FIELDS, none, null);
    }
    case "cycle": {
      const c = seeded("election_cycles", "ElectionCycle", cycleRow(e), { cycleId: e.id, recommendationId: null });
      return { ...c, row: { id: e.id, ...c.row, finalReportUrl: null } };
    }
    case "document": {
      const c = seeded("documents", "Document", documentRow(e), { cycleId: e.parent!.id, recommendationId: null });
      return { ...c, row: { id: e.id, ...c.row, sourceUrl: null } };
    }
    case "section": {
      const data = {
        cycleId: e.parent!.id,
        key: a.key,
        title: a.title,
        priority: a.priority,
        order: a.order,
        ...(a.section ? { parentId: a.section.id } : {}),
      };
      const c = seeded("report_sections", "ReportSection", data, { cycleId: e.parent!.id, recommendationId: null });
      return { ...c, row: { id: e.id, parentId: null, leadIn: null, ...data } };
    }
    case "rec":
      return recCreate(e, rng, seed);
    case "assignment": {
      const inst = a.institution!;
      const d = dated(a.date!);
      const row = { recommendationId: e.parent!.id, institutionId: inst.id, ...d };
      const name = institutionName(inst.a.c!, inst.a.i!);
      const changes = {
        institutionId: { from: null, to: inst.id },
        institution: { from: null, to: name },
        ...diffFields({}, d),
      };
      const removal = { institutionId: { from: inst.id, to: null }, institution: { from: name, to: null } };
      return {
        table: "recommendation_institutions",
        entityType: "RecommendationInstitution",
        row,
        changes,
        reason: null,
        scope: recScope(e.parent!),
        fields: [],
        removal,
      };
    }
    case "link": {
      const to = a.to!;
      const note = rng.chance(0.3) ? "Synthetic note: the same wording as the earlier report." : null;
      const earlier = `${to.parent!.a.year} ${recLabel(to)}`;
      const row: Row = {
        id: idOf("l", e.n),
        fromId: e.parent!.id,
        toId: to.id,
        kind: a.linkKind,
        note,
        createdById: null,
      };
      const changes = {
        toId: { from: null, to: to.id },
        earlier: { from: null, to: earlier },
        kind: { from: null, to: a.linkKind },
        ...(note ? { note: { from: null, to: note } } : {}),
      };
      const removal = {
        toId: { from: to.id, to: null },
        earlier: { from: earlier, to: null },
        kind: { from: a.linkKind, to: null },
      };
      return {
        table: "recommendation_links",
        entityType: "RecommendationLink",
        row,
        changes,
        reason: null,
        scope: recScope(e.parent!),
        fields: [],
        removal,
      };
    }
    default:
      return seriesRow(e, rng);
  }
}
