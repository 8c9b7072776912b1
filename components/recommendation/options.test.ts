// The documents an entry may cite, as the select shows them: in English word for word as without a translator,
// and in Russian and Kazakh with the types, the election and the date in the reader's words.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import type { Locale } from "@/lib/i18n/locales";
import { citableDocumentOptions } from "./options";

const MESSAGES = { en, ru, kk };
const wordsIn = (locale: Locale) => {
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  return {
    t: (key: string, values?: Record<string, string | number>) => t(key as Parameters<typeof t>[0], values),
    locale,
  };
};
const doc = (id: string, issuedOn: Date | null) => ({
  id,
  title: "Final Report on the Early Parliamentary Elections",
  type: "FINAL_REPORT" as const,
  issuer: "OSCE/ODIHR",
  issuedOn,
});
const cycles = [
  {
    id: "c2011",
    year: 2011,
    title: "Early presidential election",
    electionType: "PRESIDENTIAL" as const,
    documents: [doc("d1", null)],
  },
  {
    id: "c2012",
    year: 2012,
    title: "Early parliamentary elections",
    electionType: "PARLIAMENTARY" as const,
    documents: [doc("d2", new Date("2012-04-03T00:00:00Z"))],
  },
];

describe("citable documents in the reader's language", () => {
  it("reads in English, with the one English date format", () => {
    const english = citableDocumentOptions(cycles, "c2012", wordsIn("en"));
    expect(english[0]).toEqual({
      value: "d2",
      label:
        "2012 parliamentary — Final report: Final Report on the Early Parliamentary Elections (OSCE/ODIHR, 3 April 2012)",
      group: "This cycle: 2012 · Early parliamentary elections (parliamentary)",
    });
  });

  it("reads in Russian and Kazakh, this cycle first, titles as stored", () => {
    const [first, second] = citableDocumentOptions(cycles, "c2012", wordsIn("ru"));
    expect(first!.label).toBe(
      "2012, парламентские выборы — Окончательный отчёт: Final Report on the Early Parliamentary Elections (OSCE/ODIHR, 3 апреля 2012 г.)",
    );
    expect(first!.group).toBe("Этот цикл: 2012 · Early parliamentary elections (парламентские выборы)");
    expect(second!.label).toContain("(OSCE/ODIHR, без даты)");
    const [kazakh] = citableDocumentOptions(cycles, "c2012", wordsIn("kk"));
    expect(kazakh!.label).toContain("2012, парламент сайлауы — Қорытынды есеп:");
    expect(kazakh!.label).toContain("2012 ж. 3 сәуір");
  });
});
