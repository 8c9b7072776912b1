// Mentions in a comment. People type (or pick from the "Mention" list) `@[Name]`, or `@[Name (email)]` when
// two people share a name; the comment is stored with each mention as a token `<@user id>`, so a mention
// keeps pointing at the person whatever their name becomes, and pages show the current name. Pure.

/** A mention as typed: `@[` a name, optionally followed by ` (email)`, `]`. */
const TYPED = /@\[([^\]\n]{1,200})\]/g;
/** A mention as stored. Ids are cuids (lib/validation.ts `entityId`). */
export const TOKEN = /<@([a-z0-9]{20,40})>/g;

export interface Mentionable {
  id: string;
  name: string;
  email: string;
}

export type Segment = { kind: "text"; text: string } | { kind: "mention"; userId: string };

const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/** What the picker inserts for a person: their name, with their e-mail when the name is not unique. */
export function mentionLabel(person: Mentionable, everyone: readonly Mentionable[]): string {
  const same = everyone.filter((p) => norm(p.name) === norm(person.name));
  return same.length > 1 ? `@[${person.name} (${person.email})]` : `@[${person.name}]`;
}

export type Resolved = { ok: true; body: string; mentionIds: string[] } | { ok: false; errors: string[] };

/**
 * Turns typed mentions into tokens; every mention must name exactly one person of `people`. `kept`: ids whose
 * stored tokens may stay (an edited comment that mentions someone who can no longer be picked).
 */
export function resolveMentions(text: string, people: readonly Mentionable[], kept: readonly string[] = []): Resolved {
  const errors: string[] = [];
  const ids: string[] = [];
  const body = text.replace(TYPED, (whole, inner: string) => {
    const withEmail = /^(.*)\(([^()\s]+@[^()\s]+)\)\s*$/.exec(inner);
    const matches = withEmail
      ? people.filter((p) => norm(p.email) === norm(withEmail[2]!))
      : people.filter((p) => norm(p.name) === norm(inner));
    if (matches.length === 1) {
      const id = matches[0]!.id;
      if (!ids.includes(id)) ids.push(id);
      return `<@${id}>`;
    }
    const shown = inner.trim();
    const nobody = `No one who takes part in the discussion is called “${shown}”`;
    if (matches.length === 0) errors.push(`${nobody}: choose a name from the Mention list`);
    else
      errors.push(
        `Several people are called “${shown}”: choose the right one from the Mention list (it adds their e-mail)`,
      );
    return whole;
  });
  // A token typed by hand (not made from a mention here) would point at someone unseen: refuse it.
  for (const m of text.matchAll(TOKEN)) {
    if (!kept.includes(m[1]!)) errors.push("Write mentions as @[Name] or choose a name from the Mention list");
    else if (!ids.includes(m[1]!)) ids.push(m[1]!);
  }
  return errors.length > 0 ? { ok: false, errors: [...new Set(errors)] } : { ok: true, body, mentionIds: ids };
}

/** The stored body in pieces, for display: text and mentions (by user id). */
export function segments(body: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of body.matchAll(TOKEN)) {
    if (m.index > last) out.push({ kind: "text", text: body.slice(last, m.index) });
    out.push({ kind: "mention", userId: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < body.length) out.push({ kind: "text", text: body.slice(last) });
  return out;
}

/** The ids a stored body mentions. */
export const mentionedIds = (body: string) => [...new Set([...body.matchAll(TOKEN)].map((m) => m[1]!))];

/** The stored body as text with names: "@Name" (for notifications, e-mails and the audit page). */
export function bodyWithNames(body: string, nameOf: (id: string) => string | undefined): string {
  return body.replace(TOKEN, (_, id: string) => `@${nameOf(id) ?? "(former user)"}`);
}

/** The stored body back in the typed form, for the edit form. */
export function bodyForEditing(body: string, people: readonly Mentionable[]): string {
  return body.replace(TOKEN, (whole, id: string) => {
    const p = people.find((x) => x.id === id);
    return p ? mentionLabel(p, people) : whole;
  });
}
