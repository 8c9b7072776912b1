import { describe, expect, it } from "vitest";
import { pageWindow } from "./pagination";

describe("page numbers shown", () => {
  it("shows every page of a short list", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps the first, the last and two either side of the current page, with gaps", () => {
    expect(pageWindow(1, 40)).toEqual([1, 2, 3, null, 40]);
    expect(pageWindow(20, 40)).toEqual([1, null, 18, 19, 20, 21, 22, null, 40]);
    expect(pageWindow(40, 40)).toEqual([1, null, 38, 39, 40]);
    // A gap of one page shows that page instead of "…".
    expect(pageWindow(5, 40)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 40]);
  });
});
