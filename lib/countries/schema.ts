// A country's form: ISO 3166-1 alpha-2 code and name.
import { z } from "zod";
import { entityId, formVersion, optionalText, plainText } from "@/lib/validation";

export const CountryFieldsSchema = z.object({
  code: z
    .string({ message: "Country code is required" })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Country code must be two letters (ISO 3166-1), e.g. KZ"),
  name: plainText("Name", 200),
  reason: optionalText("Reason for the change", 2000),
});
export const EditCountrySchema = CountryFieldsSchema.extend({ id: entityId("Country"), version: formVersion });
export type NewCountry = z.infer<typeof CountryFieldsSchema>;
export type EditCountry = z.infer<typeof EditCountrySchema>;
