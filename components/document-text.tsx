// A document's stored text, readable: headings, paragraphs, lists and emphasis as elements, the text always as
// text (never HTML). Line breaks inside a paragraph are the source's (hard-wrapped reports), kept as such.
import { Fragment, type ReactNode } from "react";
import { textBlocks, type Inline } from "@/lib/documents/text-blocks";

function Lines({ text }: { text: string }) {
  const lines = text.split("\n");
  return (
    <>
      {lines.map((l, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {l}
        </Fragment>
      ))}
    </>
  );
}

function Runs({ content }: { content: Inline[] }) {
  return (
    <>
      {content.map((c, i) =>
        c.kind === "strong" ? (
          <strong key={i}>
            <Lines text={c.text} />
          </strong>
        ) : c.kind === "em" ? (
          <em key={i}>
            <Lines text={c.text} />
          </em>
        ) : (
          <Lines key={i} text={c.text} />
        ),
      )}
    </>
  );
}

/** `offset`: the page's heading level above the text (the text's "#" becomes one level below it). */
export function DocumentText({ text, offset = 2 }: { text: string; offset?: number }) {
  const blocks = textBlocks(text);
  return (
    <div className="max-w-[100ch] font-serif text-[0.95rem] leading-relaxed break-words text-slate-900">
      {blocks.map((b, i): ReactNode => {
        switch (b.kind) {
          case "heading": {
            const H = `h${Math.min(6, b.level + offset)}` as "h3";
            return (
              <H key={i} className="mt-6 font-sans text-base font-semibold">
                <Runs content={b.content} />
              </H>
            );
          }
          case "rule":
            return <hr key={i} className="my-6 border-slate-300" />;
          case "list": {
            const items = b.items.map((item, j) => (
              <li key={j}>
                <Runs content={item} />
              </li>
            ));
            return b.ordered ? (
              <ol key={i} start={b.start} className="mt-3 list-decimal space-y-1 pl-8">
                {items}
              </ol>
            ) : (
              <ul key={i} className="mt-3 list-disc space-y-1 pl-8">
                {items}
              </ul>
            );
          }
          default:
            return (
              <p key={i} className="mt-3">
                <Runs content={b.content} />
              </p>
            );
        }
      })}
    </div>
  );
}
