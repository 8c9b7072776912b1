// `npm run parse-report` for real: the script is spawned on files written to a temporary folder.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Document, Packer, Paragraph } from "docx";
import { pdfOf } from "@/lib/test/pdf";

const dir = mkdtempSync(path.join(tmpdir(), "parse-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile("npx", ["tsx", "scripts/parse-report.ts", ...args], { cwd: process.cwd() }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}
function file(name: string, bytes: Uint8Array | string): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}
type Out = {
  items: {
    label: string;
    section: string | null;
    topic: string | null;
    leadIn: string | null;
    text: string;
    response: { status: string; text: string } | null;
  }[];
};
const parsed = (r: Run) => JSON.parse(r.stdout) as Out;

describe("npm run parse-report", () => {
  it("prints the items of a text file as JSON, warnings on stderr", async () => {
    const txt = file(
      "pasted.txt",
      "Recommendations\r\nA. Priority recommendations\r\n1. The first\ttext, wrapped and amend-\r\nments made.\r\n" +
        "3. The third text.\r\n",
    );
    const r = await run(txt);
    expect(r.code).toBe(0);
    expect(parsed(r)).toEqual({
      items: [
        {
          label: "1",
          section: "A. Priority recommendations",
          topic: null,
          leadIn: null,
          text: "The first text, wrapped and amendments made.",
          response: null,
        },
        {
          label: "3",
          section: "A. Priority recommendations",
          topic: null,
          leadIn: null,
          text: "The third text.",
          response: null,
        },
      ],
    });
    expect(r.stderr.trim().split("\n")).toEqual(["warning: line 5: numbering jumps from 1 to 3"]);
  });

  it("reads a PDF judged by its content (whatever its name), without its running header and page numbers", async () => {
    const long =
      "2. Election commissions at all levels should be formed in an inclusive manner, so that all political " +
      "parties can take part in the administration of elections and trust its work; to this end, the law " +
      "should set clear rules for nominating members, consideration could be given to:";
    const pdf = file(
      "report.bin",
      await pdfOf([
        [
          "Examplia Final Report",
          "RECOMMENDATIONS",
          "A. PRIORITY RECOMMENDATIONS",
          "Legal Framework",
          "1. The legal framework should be reviewed.",
          long,
          "1",
        ],
        [
          "Examplia Final Report",
          "(a) revising the way the commission is appointed;",
          "(b) opening its sessions.",
          "2",
        ],
      ]),
    );
    const r = await run(pdf);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const { items } = parsed(r);
    expect(items.map((it) => [it.label, it.section, it.topic, it.text])).toEqual([
      ["1", "A. PRIORITY RECOMMENDATIONS", "Legal Framework", "The legal framework should be reviewed."],
      ["2(a)", "A. PRIORITY RECOMMENDATIONS", "Legal Framework", "revising the way the commission is appointed;"],
      ["2(b)", "A. PRIORITY RECOMMENDATIONS", "Legal Framework", "opening its sessions."],
    ]);
    expect(items[1]?.leadIn).toBe(long.slice(3));
  });

  it("reads a DOCX, with a Cyrillic section letter and a government's answers", async () => {
    const paragraphs = [
      "Recommendations",
      "\u0410. Priority recommendations",
      "1. Amending the legal framework for elections.",
      "The CEC standpoint. A draft law was prepared.",
      "Recommendation is at the stage of implementation.",
      "2. Guaranteeing inclusive election commissions. To this end, consideration could be given to",
      "(a) revising the way the CEC is appointed,",
      "The CEC standpoint. The method is in line with international practice.",
      "This recommendation cannot be accepted.",
      "(b) ensuring adequate representation of all political parties,",
      "The CEC standpoint. Such guarantees exist.",
      "Recommendation is implemented.",
    ];
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] }),
    );
    const r = await run(file("comments.docx", new Uint8Array(docx)));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lead = "Guaranteeing inclusive election commissions. To this end, consideration could be given to";
    expect(parsed(r).items).toEqual([
      {
        label: "1",
        section: "A. Priority recommendations",
        topic: null,
        leadIn: null,
        text: "Amending the legal framework for elections.",
        response: {
          status: "AT_STAGE_OF_IMPLEMENTATION",
          text: "A draft law was prepared.",
          statusSentence: "Recommendation is at the stage of implementation.",
        },
      },
      {
        label: "2(a)",
        section: "A. Priority recommendations",
        topic: null,
        leadIn: lead,
        text: "revising the way the CEC is appointed,",
        response: {
          status: "CANNOT_BE_ACCEPTED",
          text: "The method is in line with international practice.",
          statusSentence: "This recommendation cannot be accepted.",
        },
      },
      {
        label: "2(b)",
        section: "A. Priority recommendations",
        topic: null,
        leadIn: lead,
        text: "ensuring adequate representation of all political parties,",
        response: {
          status: "IMPLEMENTED",
          text: "Such guarantees exist.",
          statusSentence: "Recommendation is implemented.",
        },
      },
    ]);
  });

  it("refuses a binary file, and a missing argument, with exit code 2 and one message", async () => {
    const junk = await run(file("junk.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 255])));
    expect(junk.code).toBe(2);
    expect(junk.stdout).toBe("");
    expect(junk.stderr).toMatch(/junk\.txt: This file is not a PDF, a Word document \(DOCX\) or UTF-8 text/);
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Usage: npm run --silent parse-report -- <file/);
  });

  it("exits 1 when a readable file holds no numbered recommendations", async () => {
    const r = await run(file("letter.txt", "Dear colleagues,\nthank you.\n"));
    expect(r.code).toBe(1);
    expect(parsed(r)).toEqual({ items: [] });
    expect(r.stderr).toMatch(/No numbered recommendations were found/);
  });
});
