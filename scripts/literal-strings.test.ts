import path from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countLiterals, findLiterals, overBaseline } from "./literal-strings";

const root = path.resolve(import.meta.dirname, "..");

describe("findLiterals", () => {
  it("finds JSX text, literal children and every attribute a person reads (label, hint, title …), not code", () => {
    const src = `export const A = () => (
      <div title="Open it" className="text-sm" data-x="ignored">
        Hello
        {"Say this"}
        {\`Count: \${n}\`}
        <img alt="A chart" src="/x.png" />
        <input placeholder={"Type here"} aria-label="Search field" name="q" />
        <Field label="Response text" hint={"Up to 500 characters"} type="text" />
      </div>
    );`;
    expect(findLiterals(src).map((l) => l.text)).toEqual([
      "Open it",
      "Hello",
      "Say this",
      "Count:",
      "A chart",
      "Type here",
      "Search field",
      "Response text",
      "Up to 500 characters",
    ]);
  });

  it("leaves out what is not words to translate", () => {
    const src = `export const B = ({ t }) => (
      <p aria-label={t("label")}>
        {t("hello")} {" "} &ndash; {": "} 42 ● {count}
      </p>
    );`;
    expect(findLiterals(src)).toEqual([]);
  });
});

describe("the baseline of literal strings", () => {
  const baseline = JSON.parse(readFileSync(path.join(root, "scripts/literal-strings-baseline.json"), "utf8"));

  it("refuses a file that grows, and a new file with any literal", () => {
    expect(overBaseline({ "app/a.tsx": 3, "app/new.tsx": 1 }, { "app/a.tsx": 2 })).toEqual([
      { file: "app/a.tsx", count: 3, allowed: 2 },
      { file: "app/new.tsx", count: 1, allowed: 0 },
    ]);
    expect(overBaseline({ "app/a.tsx": 1 }, { "app/a.tsx": 2 })).toEqual([]);
  });

  it("holds for the code base today (npm run lint checks the same)", () => {
    expect(overBaseline(countLiterals(root), baseline)).toEqual([]);
  });
});
