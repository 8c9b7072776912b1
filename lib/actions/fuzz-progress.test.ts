// Property tests (fast-check) of the progress-update actions: a contributor's updates in the state's vocabulary,
// an editor's return and publish. As for follow-up drafts (fuzz-review.test.ts), more runs than elsewhere: only
// one role in eight is the contributor who may write one, and only submitted updates can be published.
import { AREAS } from "@/lib/test/fuzz/areas";
import { fuzzActions } from "@/lib/test/fuzz/run-actions";

fuzzActions("progress", AREAS.progress, {
  numRuns: {
    createProgressDraft: 80,
    editProgressDraft: 80,
    submitProgressDraft: 60,
    publishProgressDraft: 45,
    returnProgressDraft: 45,
  },
});
