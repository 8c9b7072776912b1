import { describe, expect, it } from "vitest";
import { ASSESSMENT, ASSESSMENT_ORDER, SCALE, STATE_RESPONSE, STATE_RESPONSE_ORDER } from "@/lib/vocab";
import { contrast, DEFICIENCIES, deltaE2000, inkOn, lightness, luminance, simulate } from "./colour";

// Two neighbouring steps must differ by at least this CIEDE2000 distance for
// every reader, including the complete (severity 1) forms of protanopia,
// deuteranopia and tritanopia. 2.3 is a just-noticeable difference; 10 is a
// difference seen at a glance on a small swatch.
const MIN_NEIGHBOUR_DELTA_E = 10;

const ranks = [
  ["state response", STATE_RESPONSE_ORDER.map((c) => STATE_RESPONSE[c].colour)],
  ["assessment", ASSESSMENT_ORDER.map((c) => ASSESSMENT[c].colour)],
] as const;

describe("the status scale", () => {
  it("is one scale: both vocabularies take their colours from it in rank order", () => {
    const scale = Object.values(SCALE) as string[];
    for (const [, colours] of ranks) {
      const positions = colours.map((c) => scale.indexOf(c));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(new Set(positions).size).toBe(positions.length);
    }
  });

  it("gets lighter with every rank, so greyscale print keeps the order", () => {
    for (const [, colours] of ranks) {
      const grey = colours.map(luminance);
      for (let i = 1; i < grey.length; i++) expect(grey[i]!).toBeGreaterThan(grey[i - 1]!);
      const l = colours.map(lightness);
      for (let i = 1; i < l.length; i++) expect(l[i]! - l[i - 1]!, `L* step ${i}`).toBeGreaterThanOrEqual(12);
    }
  });

  it.each(["normal vision", ...DEFICIENCIES])("keeps neighbouring steps apart for %s", (vision) => {
    const seen = (c: string) => (vision === "normal vision" ? c : simulate(c, vision as (typeof DEFICIENCIES)[number]));
    for (const [name, colours] of ranks) {
      for (let i = 1; i < colours.length; i++) {
        const d = deltaE2000(seen(colours[i - 1]!), seen(colours[i]!));
        expect(d, `${name} ${i - 1}→${i}`).toBeGreaterThanOrEqual(MIN_NEIGHBOUR_DELTA_E);
      }
    }
  });

  it("carries black or white text at WCAG AA (4.5:1) on every step", () => {
    for (const c of Object.values(SCALE)) expect(contrast(c, inkOn(c)), c).toBeGreaterThanOrEqual(4.5);
  });

  it("no longer paints the worst statuses green or 'implemented' purple", () => {
    const hueOf = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return { r: r!, g: g!, b: b! };
    };
    const refused = hueOf(STATE_RESPONSE.CANNOT_BE_ACCEPTED.colour);
    expect(refused.r).toBeGreaterThan(refused.g);
    const done = hueOf(STATE_RESPONSE.IMPLEMENTED.colour);
    expect(done.b).toBeGreaterThan(done.r);
  });
});

describe("colour arithmetic", () => {
  it("computes CIE lightness and WCAG contrast", () => {
    expect(lightness("#000000")).toBeCloseTo(0);
    expect(lightness("#ffffff")).toBeCloseTo(100);
    expect(lightness("#777777")).toBeCloseTo(50, 0);
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  it("matches the CIEDE2000 reference pairs of Sharma, Wu & Dalal", () => {
    // Pairs given in Lab in the paper; these hex colours are reference checks of our sRGB→Lab path instead.
    expect(deltaE2000("#ffffff", "#ffffff")).toBe(0);
    expect(deltaE2000("#000000", "#ffffff")).toBeCloseTo(100, 0);
    expect(deltaE2000("#ff0000", "#00ff00")).toBeCloseTo(86.6, 0);
  });

  it("simulates colour-blind vision: red and green collapse for deuteranopes, not for tritanopes", () => {
    expect(deltaE2000(simulate("#d62728", "deuteranopia"), simulate("#2ca02c", "deuteranopia"))).toBeLessThan(
      deltaE2000("#d62728", "#2ca02c") / 2,
    );
    expect(simulate("#ffffff", "protanopia")).toBe("#ffffff");
    expect(simulate("#000000", "tritanopia")).toBe("#000000");
  });
});
