// The coordination pages name some words by a code at run time (t(`publication.${code}`)), which
// lib/i18n/keys-used.ts cannot see: every code of those vocabularies must have its words in every catalogue.
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import { DELIVERY, KIND, NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { SAVED_VIEW_PAGES } from "@/lib/saved-views/pages";
import { HIT_KIND_LABEL } from "@/lib/search/schema";
import { PUBLICATION } from "@/lib/vocab";

const CATALOGUES = { en, ru, kk } as Record<string, unknown>;

function word(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((n, part) => (n as Record<string, unknown> | undefined)?.[part], tree);
}

const KEYS = [
  ...Object.keys(PUBLICATION).map((c) => `review.publication.${c}`),
  ...SAVED_VIEW_PAGES.map((c) => `savedViews.page.${c}`),
  ...NOTIFICATION_KINDS.flatMap((c) => ["label", "subject", "hint"].map((f) => `notificationsPage.kind.${c}.${f}`)),
  ...Object.keys(DELIVERY).map((c) => `notificationsPage.delivery.${c}`),
  ...[...Object.keys(HIT_KIND_LABEL), "internal"].map((c) => `search.hit.kind.${c}`),
  ...["theme", "owner", "institution", "target"].map((c) => `bulk.changes.${c}`),
];

describe("words named by a code on the coordination pages", () => {
  it.each(Object.keys(CATALOGUES))("are all in the %s catalogue", (lang) => {
    expect(
      KEYS.filter((k) => typeof word(CATALOGUES[lang], k) !== "string" || word(CATALOGUES[lang], k) === ""),
    ).toEqual([]);
  });

  it("keep the English words of lib/ where the pages used them before", () => {
    for (const [code, words] of Object.entries(PUBLICATION)) expect(word(en, `review.publication.${code}`)).toBe(words);
    for (const [code, words] of Object.entries(DELIVERY))
      expect(word(en, `notificationsPage.delivery.${code}`)).toBe(words);
    for (const [code, words] of Object.entries(KIND))
      expect(word(en, `notificationsPage.kind.${code}`), code).toEqual(words);
    for (const [code, words] of Object.entries(HIT_KIND_LABEL)) expect(word(en, `search.hit.kind.${code}`)).toBe(words);
  });
});
