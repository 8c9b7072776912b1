// What the planner decides for each generated entity: its events' recorded
// times and actions, who made them, and the few facts other entities depend
// on (dates, statuses, references). Texts are made later, from the entity's
// own random stream (materialize.ts), so the plan stays small at 1M events.
import type {
  AssessmentStatus,
  AssessorType,
  DatePrecision,
  DocumentType,
  ElectionType,
  StateResponseStatus,
} from "@/lib/generated/prisma/enums";

export type Kind =
  | "user"
  | "country"
  | "institution"
  | "cycle"
  | "document"
  | "section"
  | "rec"
  | "response"
  | "assessment"
  | "followUp"
  | "assignment"
  | "link";

/** A real-world date as the app stores it (ms at UTC midnight). */
export interface DatedPlan {
  p: DatePrecision;
  from: number | null;
  to: number;
  note: string | null;
}

/** Who made an event: an editor's index, or one of these. */
export const SYSTEM = -1;
export const ADMIN = -2;

export interface EntityPlan {
  kind: Kind;
  /** The audit entity id (for assignments and links "<from>:<to>"). */
  id: string;
  /** Index within its kind. */
  n: number;
  parent: EntityPlan | null;
  /** Recorded times of its events, ascending, unique across the whole chain. */
  times: number[];
  actions: string[];
  actors: number[];
  a: Attrs;
}

export type Attrs = {
  c?: number;
  i?: number;
  role?: "EDITOR" | "ADMIN";
  k?: number;
  year?: number;
  electionType?: ElectionType;
  election?: number;
  report?: number;
  docType?: DocumentType;
  issued?: number | null;
  key?: string;
  title?: string;
  section?: EntityPlan;
  order?: number;
  priority?: "PRIORITY" | "OTHER";
  number?: number;
  letter?: string | null;
  line?: number;
  doc?: EntityPlan | null;
  date?: DatedPlan;
  status?: StateResponseStatus;
  assessment?: AssessmentStatus;
  assessorType?: AssessorType;
  internal?: boolean;
  institution?: EntityPlan | null;
  target?: number | null;
  to?: EntityPlan;
  linkKind?: "REPEATS" | "BUILDS_ON";
};
