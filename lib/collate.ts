// Sorting by text for people: Intl.Collator in the reader's language, never the
// database's collation (PGlite and many servers run with the C collation, which
// puts every capital before every small letter and the Kazakh letters ә ғ қ ң ө
// ұ ү һ і after я). Lists sorted by a name are sorted here after they are read.
// The reader's locale is passed in once the i18n layer provides it; "en" uses
// the CLDR root order, right for Russian and close for Kazakh ("kk" adds ұ < ү
// and і after ы).

const collators = new Map<string, Intl.Collator>();

/** A compare function for texts in the given locale: case-insensitive, numbers by value ("2" < "10"). */
export function compareText(locale = "en"): (a: string, b: string) => number {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
    collators.set(locale, c);
  }
  // Texts equal to the collator (case only) keep a stable order by code point.
  const collator = c;
  return (a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** A sorted copy of `items` by the text `key` gives, in the locale's order. */
export function sortByText<T>(items: readonly T[], key: (item: T) => string, locale = "en"): T[] {
  const cmp = compareText(locale);
  return [...items].sort((a, b) => cmp(key(a), key(b)));
}

/** The common case: rows with a `name`, sorted by it. */
export const byName = <T extends { name: string }>(rows: readonly T[], locale = "en"): T[] =>
  sortByText(rows, (r) => r.name, locale);
