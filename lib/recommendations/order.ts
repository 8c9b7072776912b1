// Report order from the printed label: "2(b)" comes after "2(a)" and before
// "3". Stored as number*100 + letter index, so items added later (texts found
// in the 2005 or 2007 reports) fall into place without renumbering others.
export function reportOrder(number: number, letter: string | null): number {
  return number * 100 + (letter ? letter.charCodeAt(0) - 96 : 0);
}

/** "14(b)" → { number: 14, letter: "b" }; null when the label is not of that form. */
export function parseLabel(label: string): { number: number; letter: string | null } | null {
  const m = /^(\d{1,3})(?:\s*\(([a-z])\))?$/.exec(label.trim());
  return m ? { number: Number(m[1]), letter: m[2] ?? null } : null;
}
