// Property tests (fast-check) of a person's saved views. See lib/test/fuzz/run-actions.ts for the properties.
import { AREAS } from "@/lib/test/fuzz/areas";
import { fuzzActions } from "@/lib/test/fuzz/run-actions";

fuzzActions("views", AREAS.views);
