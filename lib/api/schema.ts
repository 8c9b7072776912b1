// The read API's contract, in zod: the query parameters the handlers parse and
// the bodies they answer. The OpenAPI document (./openapi.ts) is generated
// from these same schemas, so it cannot drift from what the handlers do.
import { z } from "zod";
import { SearchFilterShape, searchQuery } from "@/lib/search/schema";
import { ASSESSMENT_ORDER, type AssessmentStatus, type StateResponseStatus, STATE_RESPONSE_ORDER } from "@/lib/vocab";
import { DATE_PRECISIONS, type DatePrecision } from "@/lib/dated";

export const API_MAX_LIMIT = 100;
export const API_DEFAULT_LIMIT = 20;

// ---------- query parameters ----------

const limit = z.coerce
  .number()
  .int("must be a whole number")
  .min(1, "must be at least 1")
  .max(API_MAX_LIMIT, `must be at most ${API_MAX_LIMIT}`)
  .describe(`Items per page (at most ${API_MAX_LIMIT}).`)
  .optional();
const page = z.coerce
  .number()
  .int("must be a whole number")
  .min(1, "must be at least 1")
  .max(100_000, "is too large")
  .describe("Page number, from 1 (the `next` link gives the following page).")
  .optional();

export const PageQuery = z.object({ limit, page }).strict();

const unwrap = (s: z.ZodType) => (s instanceof z.ZodPipe ? (s.out as z.ZodType) : s);
export const RecommendationsQuery = z
  .object({
    limit,
    page,
    q: searchQuery
      .describe(
        'Full-text search (words, "phrases", `or`, `-word`) across the recommendation\'s text and lead-in, ' +
          "its state's responses, assessments and follow-ups.",
      )
      .optional(),
    country: unwrap(SearchFilterShape.country).describe("Country code (ISO 3166-1 alpha-2), e.g. KZ."),
    cycle: unwrap(SearchFilterShape.cycle).describe("Election cycle, by its short name, e.g. kz-2011."),
    status: unwrap(SearchFilterShape.status).describe("Current status in the state's-response lens."),
    independent: unwrap(SearchFilterShape.independent).describe("Current status in the independent-assessment lens."),
  })
  .strict();

export const CyclePath = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,100}$/, "is not a cycle identifier") });
export const RecommendationPath = z.object({ id: z.string().regex(/^[a-z0-9]{20,40}$/, "is not a recommendation id") });

// ---------- bodies ----------

const day = z.iso.date().describe("A calendar day, YYYY-MM-DD.");
const url = z.string().describe("An absolute URL.");
const stateStatus = z.enum(STATE_RESPONSE_ORDER as [StateResponseStatus, ...StateResponseStatus[]]);
const independentStatus = z.enum(ASSESSMENT_ORDER as [AssessmentStatus, ...AssessmentStatus[]]);

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.enum(["bad_request", "unauthorized", "forbidden", "not_found", "server_error"]),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional().describe("One message per invalid parameter."),
    }),
  })
  .describe("Every error answer.");

const Pagination = z.object({
  page: z.number().int(),
  limit: z.number().int(),
  total: z.number().int(),
  next: url.nullable().describe("The URL of the next page; null on the last."),
});

const DatedFields = {
  date: z
    .object({
      precision: z.enum(DATE_PRECISIONS as unknown as [DatePrecision, ...DatePrecision[]]),
      from: day.nullable().describe("Earliest possible day (null: not known)."),
      to: day.describe("Latest possible day: the entry counts from this day."),
      note: z.string().nullable(),
    })
    .describe("When it happened in the world; DAY, MONTH, YEAR are spans, RANGE is 'not before / not after'."),
};
const DocumentRef = z.object({ slug: z.string(), title: z.string(), url });

export const Cycle = z.object({
  slug: z.string(),
  country: z.object({ code: z.string(), name: z.string() }),
  year: z.number().int(),
  electionType: z.string(),
  title: z.string(),
  electionDate: day,
  isEarly: z.boolean(),
  finalReport: z.object({
    title: z.string().nullable(),
    date: day.nullable(),
    place: z.string().nullable(),
    url: z.string().nullable(),
  }),
  recommendationsRecorded: z.number().int(),
  url: url.describe("This cycle in the API."),
  recommendationsUrl: url,
});

export const CycleList = z.object({ data: z.array(Cycle), pagination: Pagination });
export const CycleDetail = z.object({
  data: Cycle.extend({
    sections: z.array(
      z.object({ key: z.string(), title: z.string(), parentKey: z.string().nullable(), leadIn: z.string().nullable() }),
    ),
    documents: z.array(
      DocumentRef.extend({
        type: z.string(),
        issuer: z.string(),
        issuedOn: day.nullable(),
        place: z.string().nullable(),
      }),
    ),
  }),
});

const Status = z.object({
  state: stateStatus.describe("The state's own response (latest non-withdrawn, lib/status)."),
  independent: independentStatus.describe("The independent assessment (latest non-withdrawn)."),
});

export const RecommendationSummary = z.object({
  id: z.string(),
  cycle: z.string().describe("The cycle's short name."),
  label: z.string().describe("As printed in the report, e.g. 3(a)."),
  section: z.object({ key: z.string(), title: z.string() }).nullable(),
  priority: z.enum(["PRIORITY", "OTHER", "UNSPECIFIED"]),
  leadIn: z.string().nullable().describe("The shared lead-in of lettered parts, verbatim."),
  text: z.string().describe("The recommendation's text, verbatim."),
  textVerification: z.enum(["VERIFIED", "NEEDS_VERIFICATION"]),
  status: Status,
  followUpCount: z.number().int().describe("Published (non-internal, non-withdrawn) follow-up entries."),
  themes: z
    .array(z.string())
    .describe("The recommendation's themes by name, alphabetical (as given now; the same list as the exports)."),
  url: url.describe("This recommendation in the API."),
  page: url.describe("This recommendation's page in the tracker."),
});
export const RecommendationList = z.object({ data: z.array(RecommendationSummary), pagination: Pagination });

export const EvidenceFileRef = z.object({
  name: z.string().describe("The file name as given when it was attached (never trusted for its type)."),
  type: z.string().describe('The type judged from the content, in words ("PDF", "PNG image").'),
  size: z.number().int().describe("In bytes."),
  sha256: z.string().describe("SHA-256 of the bytes, lowercase hex."),
  url: url.describe("The file (a download, same read permissions as the entry)."),
});
const files = z.array(EvidenceFileRef).describe("Evidence files attached to the entry, oldest first.");

export const ResponseEntry = z.object({
  id: z.string(),
  status: stateStatus,
  text: z.string().nullable(),
  statusSentence: z.string().nullable(),
  ...DatedFields,
  document: DocumentRef.nullable(),
  location: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  current: z.boolean().describe("Gives the current state's-response status."),
  files,
});
export const AssessmentEntry = z.object({
  id: z.string(),
  status: independentStatus,
  assessorType: z.enum(["ODIHR_MISSION", "OTHER_OBSERVER", "CIVIL_SOCIETY", "INTERNAL_REVIEW"]),
  assessorName: z.string().nullable(),
  rationale: z.string(),
  ...DatedFields,
  document: DocumentRef.nullable(),
  location: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  current: z.boolean().describe("Gives the current independent status."),
});
export const FollowUpEntry = z.object({
  id: z.string(),
  actionTaken: z.string(),
  nextStep: z.string().nullable(),
  targetDate: day.nullable(),
  institution: z.string().nullable(),
  ...DatedFields,
  evidence: z.object({
    document: DocumentRef.nullable(),
    location: z.string().nullable(),
    url: z.string().nullable(),
    files,
  }),
  internal: z.boolean().describe("An internal note: only shown to editors and administrators."),
});

const contentLanguage = z.enum(["en", "ru", "kk"]);
export const TextTranslation = z.object({
  language: contentLanguage,
  kind: z
    .enum(["OFFICIAL", "WORKING"])
    .describe("OFFICIAL: published by an institution, with its source. WORKING: never official. No machine output."),
  translator: z.string().describe("Who made the translation (a person or an institution)."),
  text: z.string(),
  source: z
    .object({ document: DocumentRef.nullable(), citation: z.string().nullable() })
    .nullable()
    .describe("Where an official translation was published."),
});

export const RecommendationDetail = z.object({
  data: RecommendationSummary.extend({
    textLanguage: contentLanguage.describe("The language of `text`, the authoritative original."),
    translations: z
      .array(TextTranslation)
      .describe("Translations of the text into other languages (lib/translations); the original is authoritative."),
    responses: z.array(ResponseEntry).describe("The state's responses, latest first; withdrawn entries left out."),
    assessments: z.array(AssessmentEntry).describe("Independent assessments, latest first; withdrawn left out."),
    followUps: z.array(FollowUpEntry).describe("Follow-up entries, latest first; withdrawn left out."),
    institutions: z.array(z.object({ name: z.string(), abbreviation: z.string().nullable(), since: day.nullable() })),
    sourceDocument: DocumentRef.nullable(),
  }),
});
