// Tagged PDF: the logical structure a screen reader follows (headings,
// paragraphs, lists, tables, in reading order) and the document language, with
// pdfkit's structure elements. Content drawn inside `tag` is marked and hung
// under the open container; running headers, page numbers and table rules are
// artifacts, which assistive technology skips. One open container per document
// at a time (a stack), so the drawing code stays a flat sequence of calls.
import "server-only";

type Doc = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;
/** pdfkit also takes a table scope (TH); its type definitions do not list it. */
type TagOptions = PDFKit.Mixins.StructureElementOptions & { scope?: "Row" | "Column" | "Both" };

const stacks = new WeakMap<Doc, Element[]>();
/** Documents with a structure tree: their artifacts are marked too, also after the tree is ended. */
const taggedDocs = new WeakSet<Doc>();

/** Starts the structure tree: a Document element under the root, the parent of everything tagged later. */
export function beginStructure(doc: Doc): void {
  const root = doc.struct("Document");
  doc.addStructure(root);
  stacks.set(doc, [root]);
  taggedDocs.add(doc);
}

/** Ends the structure tree (before doc.end()). */
export function endStructure(doc: Doc): void {
  const stack = stacks.get(doc);
  if (!stack) return;
  for (const el of stack.reverse()) el.end();
  stacks.delete(doc);
}

/** Draws `draw` as one structure element of `type` (P, H1…H6, TH, TD, LBody, …) in the open container. */
export function tag(doc: Doc, type: string, draw: () => void, options: TagOptions = {}): void {
  const stack = stacks.get(doc);
  if (!stack) return draw();
  stack.at(-1)!.add(doc.struct(type, options as PDFKit.Mixins.StructureElementOptions, draw));
}

/** Opens a container (Sect, Table, TR, L, LI, …) that the following tags go into, until `close`. */
export function open(doc: Doc, type: string, options: TagOptions = {}): void {
  const stack = stacks.get(doc);
  if (!stack) return;
  const el = doc.struct(type, options as PDFKit.Mixins.StructureElementOptions);
  stack.at(-1)!.add(el);
  stack.push(el);
}

/** Closes the innermost open container, which must be of `type` (a mismatch is a bug in the drawing code). */
export function close(doc: Doc, type: string): void {
  const stack = stacks.get(doc);
  if (!stack) return;
  if (stack.length < 2) throw new Error(`PDF structure: no open ${type} to close`);
  const el = stack.pop()!;
  const open = (el as unknown as { dictionary: { data: { S: string } } }).dictionary.data.S;
  if (open !== type) throw new Error(`PDF structure: closing ${type} while ${open} is open`);
  el.end();
}

/** Draws decoration or repeated furniture that a screen reader must skip. */
export function artifact(doc: Doc, draw: () => void, type: "Pagination" | "Layout" = "Layout"): void {
  if (!taggedDocs.has(doc)) return draw();
  doc.markContent("Artifact", { type });
  draw();
  doc.endMarkedContent();
}
