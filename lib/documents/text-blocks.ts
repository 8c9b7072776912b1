// A stored document text (Markdown-ish seed copies, or text extracted from a PDF or DOCX) as blocks to render
// with React: headings, paragraphs, lists, rules; inside them emphasis and strong runs. Never HTML: the page
// renders these as elements with the text as text. Pure, unit-tested.

export type Inline = { kind: "text" | "em" | "strong"; text: string };
export type Block =
  | { kind: "heading"; level: 1 | 2 | 3 | 4 | 5 | 6; content: Inline[] }
  | { kind: "paragraph"; content: Inline[] }
  | { kind: "list"; ordered: boolean; start: number; items: Inline[][] }
  | { kind: "rule" };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,3})[.)]\s+(.*)$/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;

/** `**strong**` / `__strong__`, then `*em*` / `_em_` (markers that wrap text, not a lone asterisk). */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const re =
    /\*\*([^*]+?)\*\*|__([^_]+?)__|(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])|(?<![\w_])_(?!\s)([^_\n]+?)(?<!\s)_(?![\w_])/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push({ kind: "text", text: text.slice(last, m.index) });
    const strong = m[1] ?? m[2];
    out.push(strong !== undefined ? { kind: "strong", text: strong } : { kind: "em", text: (m[3] ?? m[4])! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: "text", text: text.slice(last) });
  return out.filter((i) => i.text.length > 0);
}

const clean = (line: string) => line.replace(/\s+$/, "").replace(/\u00a0/g, " ");

/** Lines of one block: trailing spaces (Markdown hard breaks) removed, leading ones kept off. */
function blockLines(raw: string): string[] {
  return raw
    .split("\n")
    .map(clean)
    .map((l) => l.trimStart());
}

export function textBlocks(text: string): Block[] {
  const raw = text
    .replace(/\r\n?/g, "\n")
    .replace(/\f/g, "\n\n")
    .split(/\n[ \t\u00a0]*\n/)
    .map(blockLines)
    .map((lines) => lines.filter((l, i) => l !== "" || (i > 0 && i < lines.length - 1)))
    .filter((lines) => lines.some((l) => l !== ""));
  const out: Block[] = [];
  for (const lines of raw) {
    const prev = out.at(-1);
    const first = lines[0]!;
    if (RULE.test(first) && lines.length === 1) {
      out.push({ kind: "rule" });
      continue;
    }
    const h = HEADING.exec(first);
    if (h) {
      out.push({ kind: "heading", level: h[1]!.length as 1, content: parseInline(h[2]!) });
      if (lines.length > 1) out.push({ kind: "paragraph", content: parseInline(lines.slice(1).join("\n")) });
      continue;
    }
    const bullets = BULLET.test(first);
    const numbered = !bullets && lines.every((l) => NUMBERED.test(l));
    if (bullets || numbered) {
      // Each marker starts an item; other lines continue the item before them (hard-wrapped text).
      const items: string[] = [];
      for (const l of lines) {
        const m = (bullets ? BULLET : NUMBERED).exec(l);
        if (m) items.push(bullets ? m[1]! : m[2]!);
        else items[items.length - 1] += `\n${l}`;
      }
      const start = numbered ? Number(NUMBERED.exec(first)![1]) : 1;
      // Items separated by blank lines are still one list.
      if (prev?.kind === "list" && prev.ordered === numbered) prev.items.push(...items.map(parseInline));
      else out.push({ kind: "list", ordered: numbered, start, items: items.map(parseInline) });
      continue;
    }
    // A wrapped list item continued after a blank line ("… the frequent failure to" / "follow proper procedures;").
    if (prev?.kind === "list" && /^[a-z]/.test(first)) {
      const last = prev.items.length - 1;
      prev.items[last] = parseInline(`${inlineText(prev.items[last]!)}\n${lines.join("\n")}`);
      continue;
    }
    out.push({ kind: "paragraph", content: parseInline(lines.join("\n")) });
  }
  return out;
}

/** Back to marked-up text (to re-parse a continued list item). */
function inlineText(content: Inline[]): string {
  return content
    .map((i) => (i.kind === "strong" ? `**${i.text}**` : i.kind === "em" ? `*${i.text}*` : i.text))
    .join("");
}
