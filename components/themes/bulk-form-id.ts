/** The bulk form's id: the list's boxes name it (form="…") from outside the form element. */
export const BULK_THEME_FORM = "bulk-theme";
