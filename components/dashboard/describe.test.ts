import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { StatusWords } from "@/lib/i18n/status";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import { assessorText, countText, describeFilter, momentSentence, momentText, shareText } from "./describe";
import { lensesDisagree } from "./lens";
import type { Translate, Words } from "./words";

const CATALOGUES = { en, ru, kk };

/** The words a page would get from next-intl, built from the catalogues themselves. */
function wordsIn(locale: Locale): Words {
  const messages = CATALOGUES[locale];
  return {
    t: createTranslator({ locale, messages, namespace: "dashboard" }) as unknown as Translate,
    s: createTranslator({ locale, messages, namespace: "status" }) as unknown as StatusWords,
    locale,
  };
}
const w = wordsIn("en");

describe("describing a figure in words", () => {
  it("names every filter, then the moment", () => {
    expect(describeFilter({ state: "IMPLEMENTED", independent: "NOT_IMPLEMENTED" }, { on: "2012-04-03" }, w)).toBe(
      "State\u2019s response: Implemented · Independent assessment: Not implemented · status on 3 April 2012, as currently recorded",
    );
    expect(describeFilter({}, {}, w)).toBe("All recommendations · latest status, as currently recorded");
    expect(describeFilter({ fullyOrMostly: true }, {}, w)).toBe(
      "Independent assessment: Fully or mostly implemented · latest status, as currently recorded",
    );
    expect(describeFilter({ independent: "FULLY_IMPLEMENTED" }, { assessor: "ODIHR_MISSION" }, w)).toBe(
      "Independent assessment (ODIHR mission): Fully implemented · latest status, as currently recorded",
    );
    expect(
      describeFilter({ priority: "OTHER", section: "x", institution: "y", noFollowUp: true }, {}, w, {
        section: "B. Other recommendations",
        institution: "Parliament",
      }),
    ).toBe(
      "Other recommendations · Section: B. Other recommendations · Responsible institution: Parliament · No follow-up recorded · latest status, as currently recorded",
    );
    expect(describeFilter({ stale: true }, { staleSince: "2012-01-01" }, w)).toBe(
      "No follow-up action or assessment dated on or after 1 January 2012 · latest status, as currently recorded",
    );
  });

  it("formats shares, counts, moments and assessors", () => {
    expect(shareText(11 / 32, w)).toBe("34%");
    expect(shareText(null, w)).toBe("\u2013");
    expect(countText(1, w)).toBe("1 recommendation");
    expect(countText(0, w)).toBe("0 recommendations");
    // Both clocks, never mixed.
    expect(momentText({}, w)).toBe("latest status, as currently recorded");
    expect(momentText({ asOf: "2011-04-03" }, w)).toBe("latest status, as recorded on 3 April 2011");
    expect(momentText({ on: "2012-06-01" }, w)).toBe("status on 1 June 2012, as currently recorded");
    expect(momentSentence({ on: "2014-01-01", asOf: "2026-11-29" }, w)).toBe(
      "Status on 1 January 2014, as recorded on 29 November 2026",
    );
    expect(assessorText({}, w)).toBe("all assessors");
    expect(assessorText({ assessor: "CIVIL_SOCIETY" }, w)).toBe("Civil society only");
  });

  it("speaks Russian and Kazakh: status names from the catalogue, dates and plurals of the language", () => {
    const ru = wordsIn("ru");
    expect(describeFilter({ state: "IMPLEMENTED" }, { on: "2012-04-03" }, ru)).toBe(
      `Ответ государства: ${CATALOGUES.ru.status.stateResponse.IMPLEMENTED} · статус на 3 апреля 2012 г., по текущим записям`,
    );
    expect([1, 3, 5, 21].map((n) => countText(n, ru))).toEqual([
      "1 рекомендация",
      "3 рекомендации",
      "5 рекомендаций",
      "21 рекомендация",
    ]);
    expect(shareText(0.5, ru)).toBe("50\u00a0%");
    const kk = wordsIn("kk");
    expect(momentSentence({ asOf: "2011-04-03" }, kk)).toBe("Соңғы мәртебе, 2011 ж. 3 сәуір күнгі жазбалар бойынша");
    expect(countText(5, kk)).toBe("5 ұсыным");
  });

  it("marks where the lenses disagree", () => {
    expect(lensesDisagree("IMPLEMENTED", "NOT_IMPLEMENTED")).toBe(true);
    expect(lensesDisagree("IMPLEMENTED", "PARTIALLY_IMPLEMENTED")).toBe(true);
    expect(lensesDisagree("IMPLEMENTED", "NOT_YET_ASSESSED")).toBe(false);
    expect(lensesDisagree("CANNOT_BE_ACCEPTED", "NOT_IMPLEMENTED")).toBe(false);
  });
});
