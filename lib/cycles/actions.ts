"use server";
// The server actions of countries and election cycles, each declared once (lib/actions/define.ts).
// Editors and admins; viewers never (checked here, on the server, whatever the page shows).
import { action } from "@/lib/actions/define";
import { canEdit } from "@/lib/auth/policy";
import { createCountry, editCountry } from "@/lib/countries/mutations";
import { CountryFieldsSchema, EditCountrySchema } from "@/lib/countries/schema";
import { editCycle, EditCycleSchema } from "./edit";
import { createCycle, NewCycleSchema } from "./mutations";

export const createCountryAction = action({
  name: "createCountry",
  schema: CountryFieldsSchema,
  allow: canEdit,
  run: createCountry,
  success: (i) => ({ message: `${i.name} (${i.code}) was added.` }),
});

export const editCountryAction = action({
  name: "editCountry",
  schema: EditCountrySchema,
  allow: canEdit,
  run: editCountry,
  success: () => ({ message: "The country was saved." }),
});

export const createCycleAction = action({
  name: "createCycle",
  schema: NewCycleSchema,
  allow: canEdit,
  run: createCycle,
  success: (_i, v) => ({ message: "The election cycle was created.", data: { slug: v.slug } }),
});

export const editCycleAction = action({
  name: "editCycle",
  schema: EditCycleSchema,
  allow: canEdit,
  run: editCycle,
  success: () => ({ message: "The cycle details were saved." }),
});
