import { ROLE, type Role } from "@/lib/vocab";

/** The role codes, in the order of the vocabulary (Administrator, Editor, Viewer, Contributor). */
export const ROLE_CODES = Object.keys(ROLE) as Role[];

/** The role choices in the reader's language: `t` translates the "role" namespace (useTranslations("role")). */
export const roleOptions = (t: (code: Role) => string) => ROLE_CODES.map((r) => ({ value: r, label: t(r) }));
