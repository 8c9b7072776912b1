import { describe, expect, it } from "vitest";
import { byName, compareText, sortByText } from "./collate";

// The Kazakh alphabet (Cyrillic, 42 letters), in its order.
const KAZAKH = "а ә б в г ғ д е ё ж з и й к қ л м н ң о ө п р с т у ұ ү ф х һ ц ч ш щ ъ ы і ь э ю я".split(" ");

const shuffled = <T>(xs: T[]) =>
  xs
    .map((x, i) => [((i * 7919) % 101) / 101, x] as const)
    .sort((a, b) => a[0] - b[0])
    .map((p) => p[1]);

describe("sorting by text", () => {
  it("puts the Kazakh alphabet in its order for Kazakh readers", () => {
    expect([...shuffled(KAZAKH)].sort(compareText("kk"))).toEqual(KAZAKH);
  });

  it("keeps the Kazakh letters beside their base letters in every language, not after я", () => {
    for (const locale of ["en", "ru", "kk"]) {
      const sorted = [...shuffled(["я", "ә", "а", "б", "ғ", "г", "д", "қ", "к", "л"])].sort(compareText(locale));
      expect(sorted, locale).toEqual(["а", "ә", "б", "г", "ғ", "д", "к", "қ", "л", "я"]);
    }
  });

  it("ignores case, in Cyrillic and Latin, and orders numbers by value", () => {
    const names = [
      "Қостанай",
      "әділет министрлігі",
      "Әкімдік",
      "ақмола",
      "Zhambyl",
      "almaty",
      "Section 10",
      "Section 2",
    ];
    // Kazakh readers get their own script first (CLDR), then Latin.
    expect(sortByText(names, (n) => n, "kk")).toEqual([
      "ақмола",
      "әділет министрлігі",
      "Әкімдік",
      "Қостанай",
      "almaty",
      "Section 2",
      "Section 10",
      "Zhambyl",
    ]);
    expect(sortByText(names, (n) => n, "en").slice(0, 4)).toEqual(["almaty", "Section 2", "Section 10", "Zhambyl"]);
    expect(compareText("ru")("ЁЛКА", "ёлка")).not.toBe(0); // a stable order, still
    expect(compareText("ru")("ЁЛКА", "ёлки")).toBeLessThan(0);
  });

  it("sorts rows by name without changing the input", () => {
    const rows = [{ name: "Өскемен" }, { name: "Орал" }, { name: "Нұр-Сұлтан" }];
    const copy = [...rows];
    expect(byName(rows, "kk").map((r) => r.name)).toEqual(["Нұр-Сұлтан", "Орал", "Өскемен"]);
    expect(rows).toEqual(copy);
  });
});
