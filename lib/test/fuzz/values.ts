// The values the property tests put in forms, query strings and headers: well-typed ones (so that some
// calls succeed and write), and hostile ones an attacker or a broken client sends.
import fc from "fast-check";

/** Fixed, so a failure reproduces; fast-check prints the seed and the path of the failing case. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261201);
/** Runs per property: FUZZ_RUNS raises it for a longer local session. */
export const runs = (n: number) => Number(process.env.FUZZ_RUNS ?? n);

const HUGE = "x".repeat(100_000);
/** Strings that broke or could break something: control characters, overrides, formulas, injections. */
export const HOSTILE_STRINGS: string[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u202Egnp.exe",
  "abc\u2066def\u2069",
  "=cmd|' /C calc'!A0",
  ";=1+1",
  "+SUM(A1:A2)",
  "@import",
  "-2+3",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  "\\",
  "%00",
  "%",
  "_",
  "../../etc/passwd",
  "\uD800",
  "x\uDFFFy",
  "\uFEFF",
  "Ω≈ç√ 中文 العربية 🎉",
  "0000-01-01",
  "2100-13-45",
  "9999-12-31",
  "1899-12-31",
  "2012-02-30",
  "2012-00",
  "-1",
  "0",
  "1e309",
  "NaN",
  "Infinity",
  "0x10",
  "999999999999999999999999",
  "true",
  "on",
  "null",
  "undefined",
  "[]",
  "{}",
  '{"__proto__":{"polluted":1}}',
  "[{}]",
  '[{"label":null}]',
  "a".repeat(20),
  "z".repeat(30),
  "clx0000000000000000000000",
  HUGE,
  `${"=".repeat(10)}\r\n${"\t".repeat(10)}`,
];

/** Any hostile string: the fixed list, or random text of any code unit (lone surrogates included). */
export const hostile: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }) },
);

/** Extra field names a forged form may carry. */
export const hostileKeys = fc.constantFrom("__proto__", "constructor", "prototype", "$ACTION_ID_x", "id", "toString");

export const shortText = fc.oneof(
  fc.constantFrom("Fuzz text", "Ministry of Justice", "Central Election Commission", "Текст на русском", "Қазақ"),
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
);
export const day = fc.constantFrom("2011-04-03", "2012-03-04", "2011-07-13", "2005-12-04", "1999-01-10");
export const partialDate = fc.constantFrom("2012", "2011-10", "2012-03-04", "2010-01", "2007-08-18");
