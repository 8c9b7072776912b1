// Marks an English sentence built outside the usual places (a fragment put into another message, an e-mail line)
// as a server message, for the completeness test of lib/i18n/server-messages.test.ts (gettext's N_). It changes
// nothing at run time. A module of its own, without the catalogues, so code that browsers load may use it.
export const serverText = <T extends string>(text: T): T => text;
