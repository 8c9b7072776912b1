// Every catalogue has every key of English and no other, with the same placeholders and tags: a translation
// that drops "{name}" or "<strong>" would show a hole or raw markup to its readers.
import { describe, expect, it } from "vitest";
import { ASSESSMENT, ROLE, STATE_RESPONSE } from "@/lib/vocab";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import { LOCALES } from "./locales";

type Tree = { [key: string]: string | Tree };
const CATALOGUES: Record<string, Tree> = { en, ru, kk };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk2, vv] of flatten(v, key)) out.set(kk2, vv);
  }
  return out;
}

/** The ICU arguments ("{name}", "{count, plural, …}") and rich-text tags ("<strong>") of a message. */
function placeholders(message: string): string[] {
  // "{name}" or "{name, plural|select|number|date|time …}"; a plural branch's text ("{# unread}") is not one.
  const args = [
    ...message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*(?:\}|,\s*(?:plural|selectordinal|select|number|date|time)\b)/g),
  ].map((m) => `{${m[1]}}`);
  const tags = [...message.matchAll(/<\/?([A-Za-z0-9_]+)>/g)].map((m) => m[0]);
  return [...new Set([...args, ...tags])].sort();
}

const english = flatten(en);

describe("message catalogues", () => {
  it("exist for every language", () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LOCALES].sort());
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    const other = flatten(CATALOGUES[locale]!);
    it(`${locale} has every key of en and no other`, () => {
      expect([...english.keys()].filter((k) => !other.has(k))).toEqual([]);
      expect([...other.keys()].filter((k) => !english.has(k))).toEqual([]);
    });

    it(`${locale} keeps every placeholder and tag of en`, () => {
      const differ = [...english].filter(
        ([k, v]) => other.has(k) && `${placeholders(v)}` !== `${placeholders(other.get(k)!)}`,
      );
      expect(differ.map(([k]) => k)).toEqual([]);
    });

    it(`${locale} translates: no message left empty`, () => {
      expect([...other].filter(([, v]) => v.trim() === "").map(([k]) => k)).toEqual([]);
    });
  }

  it("name every status code of both vocabularies, and the English words match lib/vocab", () => {
    expect(en.status.stateResponse).toEqual(
      Object.fromEntries(Object.entries(STATE_RESPONSE).map(([code, s]) => [code, s.label])),
    );
    expect(en.status.assessment).toEqual(Object.fromEntries(Object.entries(ASSESSMENT).map(([c, s]) => [c, s.label])));
    expect(en.role).toEqual(ROLE);
  });

  it("finds placeholders and tags", () => {
    expect(
      placeholders("You are <strong>{name}</strong> ({email}, {n, plural, one {One item} other {# items}})"),
    ).toEqual(["</strong>", "<strong>", "{email}", "{n}", "{name}"].sort());
  });
});
