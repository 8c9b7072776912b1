// The OpenAPI 3.1 description of /api/v1, generated from the zod schemas the
// handlers use (./schema.ts): nothing here is kept by hand but the prose.
import { z } from "zod";
import {
  CycleDetail,
  CycleList,
  CyclePath,
  ErrorBody,
  PageQuery,
  RecommendationDetail,
  RecommendationList,
  RecommendationPath,
  RecommendationsQuery,
} from "./schema";

type Json = Record<string, unknown>;
function jsonSchema(s: z.ZodType, io: "input" | "output"): Json {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { target: "draft-2020-12", io, unrepresentable: "any" }) as Json;
  return rest;
}

function parameters(where: "query" | "path", shape: Record<string, z.ZodType>): Json[] {
  return Object.entries(shape).map(([name, s]) => {
    const schema = jsonSchema(s, "input");
    const { description, ...rest } = schema as { description?: string } & Json;
    return { name, in: where, required: where === "path", ...(description ? { description } : {}), schema: rest };
  });
}

export const COMPONENTS = {
  Error: ErrorBody,
  CycleList,
  CycleDetail,
  RecommendationList,
  RecommendationDetail,
} as const;
export type ComponentName = keyof typeof COMPONENTS;

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: ComponentName, description: string) => ({
  description,
  content: { "application/json": { schema: ref(name) } },
});
const ERRORS = {
  400: "Invalid parameters",
  401: "Not signed in, or token invalid",
  404: "Not found",
  500: "The tracker could not answer just now (e.g. its database is restarting); try again",
};
const errors = (...codes: (400 | 401 | 404)[]) =>
  Object.fromEntries([...codes, 500 as const].map((c) => [String(c), json("Error", ERRORS[c])]));

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "ODIHR recommendations follow-up tracker: read API",
      version: "1.0.0",
      description:
        "Read-only access to election cycles and recommendations, with their status in both lenses (the " +
        "state's own response and the independent assessment), the dated series behind them and follow-up. " +
        "Same read permissions as the pages: a signed-in session, a read-only API token issued by an " +
        "administrator (`Authorization: Bearer <token>`), or nothing when the tracker is open to the public.",
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    security: [{ bearer: [] }, { session: [] }, {}],
    paths: {
      "/cycles": {
        get: {
          operationId: "listCycles",
          summary: "Election cycles, by country, year and short name",
          parameters: parameters("query", PageQuery.shape),
          responses: { "200": json("CycleList", "A page of cycles"), ...errors(400, 401) },
        },
      },
      "/cycles/{slug}": {
        get: {
          operationId: "getCycle",
          summary: "One election cycle with its report sections and documents",
          parameters: parameters("path", CyclePath.shape),
          responses: { "200": json("CycleDetail", "The cycle"), ...errors(400, 401, 404) },
        },
      },
      "/recommendations": {
        get: {
          operationId: "listRecommendations",
          summary: "Recommendations in report order, filtered and searched",
          parameters: parameters("query", RecommendationsQuery.shape),
          responses: { "200": json("RecommendationList", "A page of recommendations"), ...errors(400, 401) },
        },
      },
      "/recommendations/{id}": {
        get: {
          operationId: "getRecommendation",
          summary: "One recommendation with its responses, assessments and follow-up",
          parameters: parameters("path", RecommendationPath.shape),
          responses: { "200": json("RecommendationDetail", "The recommendation"), ...errors(400, 401, 404) },
        },
      },
    },
    components: {
      schemas: Object.fromEntries(Object.entries(COMPONENTS).map(([k, s]) => [k, jsonSchema(s, "output")])),
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A read-only API token from /admin/api-tokens." },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
    },
  };
}
