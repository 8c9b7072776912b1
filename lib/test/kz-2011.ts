/** The 2011 final report's 32 separately answerable items in report order, read off the source by hand. */
// prettier-ignore
export const KZ_2011_LABELS: readonly string[] = [
  "1", "2(a)", "2(b)", "2(c)", "2(d)", "2(e)", "3(a)", "3(b)", "4(a)", "4(b)", "5", "6(a)", "6(b)", "7(a)", "7(b)",
  "8", "9", "10", "11", "12", "13", "14(a)", "14(b)", "15", "16(a)", "16(b)", "17", "18(a)", "18(b)", "19", "20", "21",
];
