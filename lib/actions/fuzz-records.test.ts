// Property tests (fast-check) of the actions on a recommendation's record: responses, assessments,
// follow-ups, institutions, links. See lib/test/fuzz/run-actions.ts for the properties.
import { AREAS } from "@/lib/test/fuzz/areas";
import { fuzzActions } from "@/lib/test/fuzz/run-actions";

fuzzActions("record", AREAS.records);
