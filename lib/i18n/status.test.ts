import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { ASSESSMENT, ASSESSMENT_ORDER, STATE_RESPONSE, STATE_RESPONSE_ORDER } from "@/lib/vocab";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import { glyphLabel, lensTitle, statusLabel } from "./status";

const words = (locale: string, messages: typeof en) =>
  createTranslator({ locale, messages, namespace: "status" }) as unknown as (key: string) => string;

describe("statusLabel", () => {
  it("names both vocabularies in each language", () => {
    expect(statusLabel(words("en", en), "ACCEPTED_IN_PART")).toBe("Accepted in part");
    expect(statusLabel(words("ru", ru), "ACCEPTED_IN_PART")).toBe("Принята частично");
    expect(statusLabel(words("kk", kk), "NOT_IMPLEMENTED")).toBe("Іске асырылмады");
    expect(lensTitle(words("ru", ru), "independent")).toBe("Независимая оценка");
  });

  it("relies on the two vocabularies having no code in common", () => {
    const shared = STATE_RESPONSE_ORDER.filter((c) => (ASSESSMENT_ORDER as string[]).includes(c));
    expect(shared).toEqual([]);
  });

  it("names every glyph of both scales", () => {
    const glyphs = [...Object.values(STATE_RESPONSE), ...Object.values(ASSESSMENT)].map((s) => s.glyph);
    for (const g of glyphs) expect(glyphLabel(words("kk", kk), g)).not.toBe("");
    expect(glyphLabel(words("en", en), "◑")).toBe("half-filled circle");
    expect(glyphLabel(words("en", en), "?")).toBe("");
  });
});

describe("plural messages", () => {
  it("use each language's plural forms", () => {
    const bell = (locale: string, messages: typeof en, count: number) =>
      createTranslator({ locale, messages, namespace: "header" })("notifications", { count });
    expect(bell("en", en, 0)).toBe("Notifications, none unread");
    expect(bell("en", en, 1)).toBe("Notifications, 1 unread");
    expect(bell("ru", ru, 1)).toBe("Уведомления, 1 непрочитанное");
    expect(bell("ru", ru, 3)).toBe("Уведомления, 3 непрочитанных");
    expect(bell("ru", ru, 5)).toBe("Уведомления, 5 непрочитанных");
    expect(bell("ru", ru, 21)).toBe("Уведомления, 21 непрочитанное");
    expect(bell("kk", kk, 0)).toBe("Хабарламалар, оқылмағаны жоқ");
    expect(bell("kk", kk, 4)).toBe("Хабарламалар, 4 оқылмаған");
  });
});
