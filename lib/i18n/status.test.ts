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
