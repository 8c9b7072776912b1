import { ROLE, type Role } from "@/lib/vocab";

/** The role choices, in the order of the vocabulary (Administrator, Editor, Viewer). */
export const ROLE_OPTIONS = (Object.keys(ROLE) as Role[]).map((r) => ({ value: r, label: ROLE[r] }));
