import { describe, expect, it } from "vitest";
import { isLocale, localeOfTag, matchAcceptLanguage, resolveLocale } from "./locales";

describe("matchAcceptLanguage", () => {
  it("maps regional tags to our three languages", () => {
    expect(matchAcceptLanguage("kk-KZ")).toBe("kk");
    expect(matchAcceptLanguage("ru-RU,ru;q=0.9")).toBe("ru");
    expect(matchAcceptLanguage("en-GB")).toBe("en");
    expect(localeOfTag("RU_ru")).toBe("ru");
  });

  it("follows q-values, then the header's order", () => {
    expect(matchAcceptLanguage("en;q=0.5,kk;q=0.9,ru;q=0.7")).toBe("kk");
    expect(matchAcceptLanguage("ru,kk")).toBe("ru");
    expect(matchAcceptLanguage("kk;q=0.8,ru;q=0.8")).toBe("kk");
  });

  it("skips languages we do not have and those refused with q=0", () => {
    expect(matchAcceptLanguage("de-DE,fr;q=0.9,ru;q=0.3")).toBe("ru");
    expect(matchAcceptLanguage("ru;q=0,en;q=0.1")).toBe("en");
    expect(matchAcceptLanguage("de,fr")).toBeNull();
    expect(matchAcceptLanguage("*")).toBeNull();
    expect(matchAcceptLanguage("")).toBeNull();
    expect(matchAcceptLanguage(null)).toBeNull();
    expect(matchAcceptLanguage("ru;q=abc")).toBeNull();
  });
});

describe("resolveLocale", () => {
  it("prefers the user's setting, then the cookie, then Accept-Language, then English", () => {
    expect(resolveLocale({ userLocale: "kk", cookie: "ru", acceptLanguage: "en" })).toBe("kk");
    expect(resolveLocale({ userLocale: null, cookie: "ru", acceptLanguage: "kk" })).toBe("ru");
    expect(resolveLocale({ cookie: undefined, acceptLanguage: "kk-KZ,ru;q=0.5" })).toBe("kk");
    expect(resolveLocale({})).toBe("en");
    expect(resolveLocale({ acceptLanguage: "de-DE" })).toBe("en");
  });

  it("ignores values that are not one of our languages", () => {
    expect(resolveLocale({ userLocale: "de", cookie: "../etc", acceptLanguage: "ru" })).toBe("ru");
    expect(isLocale("EN")).toBe(false);
    expect(isLocale("kk")).toBe(true);
  });
});
