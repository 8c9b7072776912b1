// Evidence files are judged by their bytes: whatever the name or declared type, a PDF is a PDF, a workbook a
// workbook, an image an image, and anything else (a program, plain text, an unknown archive) is refused.
import { describe, expect, it } from "vitest";
import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import { pdfOf } from "@/lib/test/pdf";
import { zipOf } from "@/lib/test/zip";
import { EXE, IMAGES } from "@/lib/test/files";
import { judgeEvidence } from "./evidence-kind";

const kindOf = (bytes: Uint8Array) => {
  const j = judgeEvidence(new Uint8Array(bytes));
  return j.ok ? j.kind : `refused: ${j.message}`;
};

describe("evidence files judged by content", () => {
  it("knows PDF, Word and Excel files by what is inside them", async () => {
    expect(kindOf(await pdfOf([["Letter of the CEC"]]))).toBe("pdf");
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("Decree")] }] }));
    expect(kindOf(docx)).toBe("docx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Polling stations").addRow(["District", "Count"]);
    expect(kindOf(Buffer.from(await wb.xlsx.writeBuffer()))).toBe("xlsx");
  });

  it("knows PNG, JPEG and WebP images by their signatures", () => {
    expect(kindOf(IMAGES.png)).toBe("png");
    expect(kindOf(IMAGES.jpeg)).toBe("jpeg");
    expect(kindOf(IMAGES.webp)).toBe("webp");
  });

  it("refuses a program, plain text, an unknown archive and an empty file, saying what it accepts", () => {
    for (const bytes of [
      EXE,
      Buffer.from("Minutes of the meeting\n"),
      zipOf([{ name: "a.txt", data: Buffer.from("x") }]),
    ])
      expect(kindOf(bytes)).toBe(
        "refused: This file is not a PDF, Word (DOCX), Excel (XLSX), or a PNG, JPEG or WebP image " +
          "(judged by its content, not its name)",
      );
    expect(judgeEvidence(new Uint8Array(0)).ok).toBe(false);
    // A RIFF file that is not a WebP (a WAV sound) is not an image.
    expect(kindOf(Buffer.from("52494646240000005741564566d7420", "hex"))).toMatch(/^refused/);
  });

  it("refuses a workbook that would unpack far beyond any document (a zip bomb)", () => {
    const bomb = zipOf([{ name: "xl/workbook.xml", data: Buffer.alloc(8 * 1024 * 1024) }]);
    expect(kindOf(bomb)).toBe(
      "refused: This Excel workbook (XLSX) cannot be accepted: one of its parts is compressed far beyond what " +
        "documents are (a so-called zip bomb).",
    );
  });
});
