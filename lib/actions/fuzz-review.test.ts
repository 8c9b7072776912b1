// Property tests (fast-check) of the review actions: a contributor's drafts, an editor's return and publish.
// See lib/test/fuzz/run-actions.ts for the properties. More runs than elsewhere: only one role in eight is the
// contributor who may draft, and only submitted drafts can be published.
import { AREAS } from "@/lib/test/fuzz/areas";
import { fuzzActions } from "@/lib/test/fuzz/run-actions";

fuzzActions("review", AREAS.review, {
  numRuns: { createDraft: 80, editDraft: 80, submitDraft: 60, publishDraft: 45, returnDraft: 45 },
});
