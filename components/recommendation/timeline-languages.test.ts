// The recommendation's history in the reader's language: the same events read in English (word for word as
// without a translator), Russian and Kazakh; values with words in the catalogues (statuses, kinds of date, yes/no)
// and times follow the language.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import type { Locale } from "@/lib/i18n/locales";
import { describeAction, describeTimeline, formatValue, type Lookups, type TimelineEvent } from "./timeline";

const MESSAGES = { en, ru, kk };
const wordsIn = (locale: Locale) => {
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  return { t: (key: string) => t(key as Parameters<typeof t>[0]), locale };
};
const lookups: Lookups = { documents: new Map(), institutions: new Map() };
const event: TimelineEvent = {
  seq: 3,
  occurredAt: new Date("2026-11-22T17:05:00Z"),
  actorLabel: "Eve Editor",
  action: "update",
  entityType: "StateResponse",
  entityId: "r1",
  changes: {
    status: { from: "REQUIRES_FURTHER_STUDY", to: "IMPLEMENTED" },
    internal: { from: false, to: true },
    datePrecision: { from: "DAY", to: "MONTH" },
  },
  reason: "Letter of the CEC",
};

describe("the history in the reader's language", () => {
  it("reads in English word for word as without a translator, for every phrase of the catalogue", () => {
    const words = wordsIn("en");
    for (const [entityType, actions] of Object.entries(en.history.actions))
      for (const action of Object.keys(actions))
        expect(describeAction(action, entityType, words)).toBe(describeAction(action, entityType));
    expect(describeTimeline([event], { ...lookups, words })).toEqual(describeTimeline([event], lookups));
  });

  it("says what happened, the statuses and the time in Russian", () => {
    const [e] = describeTimeline([event], { ...lookups, words: wordsIn("ru") });
    expect(e!.what).toBe("исправил(а) ответ государства");
    expect(e!.when).toBe("22 ноября 2026 г., 17:05 UTC");
    const row = (field: string) => e!.rows.find((r) => r.field === field);
    expect(row("status")).toMatchObject({
      before: ru.status.stateResponse.REQUIRES_FURTHER_STUDY,
      after: ru.status.stateResponse.IMPLEMENTED,
    });
    expect(row("internal")).toMatchObject({ before: "Нет", after: "Да" });
    expect(row("datePrecision")).toMatchObject({ before: "Точный день", after: "Месяц" });
  });

  it("says them in Kazakh, an owner for public readers too", () => {
    const words = wordsIn("kk");
    expect(describeAction("assign-owner", "Recommendation", words)).toBe("жауапты тұлғаны өзгертті");
    expect(formatValue("Recommendation", "ownerId", "user1", { ...lookups, words })).toBe("әріптес");
    expect(formatValue("Assessment", "status", "NOT_IMPLEMENTED", { ...lookups, words })).toBe(
      kk.status.assessment.NOT_IMPLEMENTED,
    );
    expect(formatValue("FollowUp", "targetDate", "2011-07-13T00:00:00.000Z", { ...lookups, words })).toBe(
      "2011 ж. 13 шілде",
    );
    // An action without a phrase keeps its code's words (never a missing key).
    expect(describeAction("re-link", "CycleClaim", words)).toBe("re link (cycle claim)");
  });
});
