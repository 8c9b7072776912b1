import { describe, expect, it } from "vitest";
import { ASSESSMENT, ASSESSMENT_ORDER, STATE_RESPONSE, STATE_RESPONSE_ORDER } from "@/lib/vocab";
import { ASSESSMENT_COLOURS, lightness, STATE_COLOURS } from "./colours";

const lightnesses = (order: string[], colours: Record<string, string>) => order.map((c) => lightness(colours[c]!));

describe("status colours", () => {
  it("cover every vocabulary code, and nothing else", () => {
    expect(Object.keys(STATE_COLOURS).sort()).toEqual(Object.keys(STATE_RESPONSE).sort());
    expect(Object.keys(ASSESSMENT_COLOURS).sort()).toEqual(Object.keys(ASSESSMENT).sort());
    for (const c of [...Object.values(STATE_COLOURS), ...Object.values(ASSESSMENT_COLOURS)])
      expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("get lighter along each scale, with steps a greyscale print keeps apart", () => {
    for (const [order, colours] of [
      [STATE_RESPONSE_ORDER, STATE_COLOURS],
      [ASSESSMENT_ORDER, ASSESSMENT_COLOURS],
    ] as const) {
      const l = lightnesses(order, colours);
      for (let i = 1; i < l.length; i++) expect(l[i]! - l[i - 1]!).toBeGreaterThanOrEqual(12);
    }
  });

  it("give the same glyph the same colour in both lenses", () => {
    for (const s of STATE_RESPONSE_ORDER) {
      for (const a of ASSESSMENT_ORDER) {
        if (STATE_RESPONSE[s].glyph === ASSESSMENT[a].glyph) expect(STATE_COLOURS[s]).toBe(ASSESSMENT_COLOURS[a]);
      }
    }
  });

  it("computes CIE lightness", () => {
    expect(lightness("#000000")).toBeCloseTo(0);
    expect(lightness("#ffffff")).toBeCloseTo(100);
    expect(lightness("#777777")).toBeCloseTo(50, 0);
  });
});
