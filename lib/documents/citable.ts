// What a form needs to offer the documents an entry may cite: every cycle of the country (a later report assesses
// earlier recommendations) with its documents, oldest first. One select for the recommendation page and the
// document page (components/recommendation/options.ts `citableDocumentOptions` reads it).
export const CITABLE_CYCLES = {
  orderBy: [{ year: "asc" as const }, { slug: "asc" as const }],
  select: {
    id: true,
    year: true,
    title: true,
    electionType: true,
    documents: {
      orderBy: [{ issuedOn: { sort: "asc" as const, nulls: "last" as const } }, { title: "asc" as const }],
      select: { id: true, title: true, type: true, issuer: true, issuedOn: true },
    },
  },
};
