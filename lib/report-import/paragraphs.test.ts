import { describe, expect, it } from "vitest";
import { joinLines, layoutOf } from "./paragraphs";

const layout = (...text: string[]) => layoutOf(text.map((t, i) => ({ text: t, n: i + 1, blankBefore: i === 0 })));

describe("joining a word hyphenated across lines", () => {
  it("drops a line-break hyphen before a lower-case letter", () => {
    expect(joinLines(["the amend-", "ment of the law"], layout())).toBe("the amendment of the law");
  });

  it("lets the document decide: a word it prints with a hyphen keeps it, one it prints whole loses it", () => {
    const doc = layout("on decision-making and on co-operation here", "the coordination of all bodies here");
    expect(joinLines(["decision-", "making bodies"], doc)).toBe("decision-making bodies");
    expect(joinLines(["co-", "ordination of"], doc)).toBe("coordination of");
    expect(joinLines(["co-", "operation with"], doc)).toBe("co-operation with");
  });

  it("keeps the hyphen after a known compound stem, and before a capital or a digit", () => {
    expect(joinLines(["a well-", "known rule"], layout())).toBe("a well-known rule");
    expect(joinLines(["non-", "partisan"], layout())).toBe("non-partisan");
    expect(joinLines(["the Anti-", "Corruption Agency"], layout())).toBe("the Anti-Corruption Agency");
    expect(joinLines(["articles 20-", "1 and 20-2"], layout())).toBe("articles 20-1 and 20-2");
  });

  it("always drops a soft hyphen at a line end, even after a compound stem", () => {
    expect(joinLines(["the well\u00AD", "being of voters"], layout())).toBe("the wellbeing of voters");
  });

  it("joins other lines with one space and leaves a spaced dash alone", () => {
    expect(joinLines(["States” -", "(Warsaw, 2003)"], layout())).toBe("States” - (Warsaw, 2003)");
  });
});
