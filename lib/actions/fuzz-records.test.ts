// Property tests (fast-check) of the actions on a recommendation's record: responses, assessments,
// follow-ups, institutions, links, translations. See lib/test/fuzz/run-actions.ts for the properties.
import fc from "fast-check";
import { AREAS } from "@/lib/test/fuzz/areas";
import { fuzzActions } from "@/lib/test/fuzz/run-actions";

fuzzActions("record", AREAS.records, {
  overrides: {
    // Mostly a recommendation's text (the pool of subjectId) into a language it has no translation into yet.
    addTranslation: async () => ({
      subject: fc.constantFrom("RECOMMENDATION_TEXT", "RECOMMENDATION_TEXT", "RESPONSE_TEXT"),
      language: fc.constantFrom("RU", "KK", "KK", "EN"),
      kind: fc.constantFrom("WORKING", "WORKING", "OFFICIAL"),
    }),
    setOriginalLanguage: async () => ({
      subject: fc.constantFrom("RECOMMENDATION_TEXT", "RESPONSE_TEXT"),
      language: fc.constantFrom("RU", "KK", "EN"),
    }),
  },
});
