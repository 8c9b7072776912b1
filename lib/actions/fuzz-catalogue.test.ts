// Property tests (fast-check) of the catalogue actions. See lib/test/fuzz/run-actions.ts for the properties.
import { AREAS } from "@/lib/test/fuzz/areas";
import { fuzzActions } from "@/lib/test/fuzz/run-actions";

fuzzActions("catalogue", AREAS.catalogue);
