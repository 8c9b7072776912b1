/** The bulk panel's form id: the list's boxes name it (form="…") from outside the form element. */
export const BULK_FORM = "bulk-changes";
