// Property tests (fast-check) of the discussion, notification and evidence actions.
// See lib/test/fuzz/run-actions.ts for the properties.
import { AREAS } from "@/lib/test/fuzz/areas";
import { fuzzActions } from "@/lib/test/fuzz/run-actions";

fuzzActions("discussion", AREAS.discussion);
