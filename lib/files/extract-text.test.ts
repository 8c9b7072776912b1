import { describe, expect, it } from "vitest";
import { Document, Packer, Paragraph } from "docx";
import { extractText, sniffFileKind } from "./extract-text";
import { pdfOf } from "@/lib/test/pdf";

describe("sniffFileKind", () => {
  it("judges by content, not by name", async () => {
    expect(sniffFileKind(await pdfOf([["x"]]))).toBe("pdf");
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("x")] }] }));
    expect(sniffFileKind(new Uint8Array(docx))).toBe("docx");
    expect(sniffFileKind(new TextEncoder().encode("Рекомендации 1. Text"))).toBe("text");
  });

  it("refuses empty files, binary junk, invalid UTF-8 and ZIPs that are not Word documents", () => {
    expect(sniffFileKind(new Uint8Array())).toBeNull();
    expect(sniffFileKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).toBeNull();
    expect(sniffFileKind(new Uint8Array([0x41, 0xc3, 0x28]))).toBeNull();
    expect(sniffFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))).toBeNull();
  });
});

describe("extractText", () => {
  it("keeps a PDF's lines and separates its pages with a form feed", async () => {
    const text = await extractText(await pdfOf([["1. First item", "continues here"], ["2. Second item"]]), "pdf");
    const pages = text.split("\f");
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain("1. First item");
    expect(pages[0]).toMatch(/item\s*\n\s*continues/);
    expect(pages[1]).toContain("2. Second item");
  });

  it("reads a DOCX's paragraphs and a text file without its byte-order mark", async () => {
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph("А. Priority"), new Paragraph("1. Text")] }] }),
    );
    expect(await extractText(new Uint8Array(docx), "docx")).toMatch(/А\. Priority\s+1\. Text/);
    expect(await extractText(new TextEncoder().encode("\uFEFFabc"), "text")).toBe("abc");
  });
});
