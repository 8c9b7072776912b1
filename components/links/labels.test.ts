import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import type { StatusWords } from "@/lib/i18n/status";
import { candidateLabel, excerpt, linkKindLabel, outstandingSentence, similarityWords, type LinkWords } from "./labels";

const CATALOGUES = { en, ru, kk };
type Lang = keyof typeof CATALOGUES;
const links = (l: Lang) =>
  createTranslator({ locale: l, messages: CATALOGUES[l], namespace: "links" }) as unknown as LinkWords;
const status = (l: Lang) =>
  createTranslator({ locale: l, messages: CATALOGUES[l], namespace: "status" }) as unknown as StatusWords;

describe("link labels", () => {
  it("shortens a text at a word, with an ellipsis", () => {
    expect(excerpt("Short text.")).toBe("Short text.");
    const long =
      "Abstentions (blank votes) should explicitly be counted in the result protocols, instead of being inferred.";
    const e = excerpt(long);
    expect(e.length).toBeLessThanOrEqual(81);
    expect(e).toBe("Abstentions (blank votes) should explicitly be counted in the result protocols…");
  });

  it("labels a candidate with its year and number", () => {
    expect(candidateLabel({ label: "17", text: "Abstentions should be counted.", cycle: { year: 2005 } })).toBe(
      "2005 · 17 — Abstentions should be counted.",
    );
  });

  it("names the kind of link from either side, in each language", () => {
    expect(linkKindLabel(links("en"), "REPEATS")).toBe("Repeats");
    expect(linkKindLabel(links("en"), "BUILDS_ON", true)).toBe("Built on by");
    expect(linkKindLabel(links("ru"), "REPEATS")).toBe("Повторяет");
    expect(linkKindLabel(links("kk"), "REPEATS")).toBe("Қайталайды");
  });

  it("says in words how much wording two texts share", () => {
    const t = links("en");
    expect(similarityWords(t, 0.356, "en")).toBe("Reads somewhat alike: 36 % of their wording in common");
    expect(similarityWords(t, 0.45, "en")).toBe("Reads much alike: 45 % of their wording in common");
    expect(similarityWords(t, 0.61, "en")).toBe("Reads almost the same: 61 % of their wording in common");
    expect(similarityWords(t, 1.2, "en")).toBe("Reads almost the same: 100 % of their wording in common");
    expect(similarityWords(links("ru"), 0.61, "ru")).toBe("Почти совпадает: общих формулировок 61 %");
    expect(similarityWords(links("kk"), 0.45, "kk")).toBe("Едәуір ұқсас: тұжырымның 45% ортақ");
  });

  it("says since when a repeated recommendation is outstanding, naming each lens", () => {
    const r = { since: 2005, state: "IMPLEMENTED", independent: "NOT_YET_ASSESSED" } as const;
    expect(
      outstandingSentence(links("en"), status("en"), {
        ...r,
        outstandingByState: false,
        outstandingIndependently: true,
      }),
    ).toBe(
      "Outstanding since 2005: it has not been assessed independently yet, although the state reports it implemented.",
    );
    const both = {
      since: 2007,
      state: "ACCEPTED_IN_PART",
      independent: "PARTIALLY_IMPLEMENTED",
      outstandingByState: true,
      outstandingIndependently: true,
    } as const;
    expect(outstandingSentence(links("en"), status("en"), both)).toBe(
      "Outstanding since 2007: the state’s response is “Accepted in part”, " +
        "and the independent assessment finds it “Partially implemented”.",
    );
    expect(outstandingSentence(links("ru"), status("ru"), both)).toBe(
      "Остаётся невыполненной с 2007 года: ответ государства — «Принята частично», " +
        "независимая оценка — «Реализована частично».",
    );
    expect(outstandingSentence(links("kk"), status("kk"), both)).toBe(
      "2007 жылдан бері орындалмай келеді: мемлекеттің жауабы — «Ішінара қабылданды», " +
        "тәуелсіз бағалау — «Ішінара іске асырылды».",
    );
    expect(
      outstandingSentence(links("en"), status("en"), {
        since: 2007,
        state: "IMPLEMENTED",
        independent: "FULLY_IMPLEMENTED",
        outstandingByState: false,
        outstandingIndependently: false,
      }),
    ).toMatch(/^No longer outstanding/);
  });
});
