// Print set-up of the report page: the paper size chosen in the options, a
// running header that Chromium repeats on every printed page (a fixed
// element; the repeated table header reserves its room), and page breaks
// that keep headings with what follows and items in one piece where they fit.
// Page numbers are not available in browser print margins: the PDF download has them.
import type { ReactNode } from "react";
import type { ReportOptions } from "@/lib/reports/schema";

const SIZE: Record<ReportOptions["paper"], string> = { a4: "A4", letter: "letter" };

export function ReportPrintStyle({ paper }: { paper: ReportOptions["paper"] }) {
  const css = `
@page { size: ${SIZE[paper]}; margin: 18mm 16mm; }
@media print {
  .report-running-header { display: block !important; position: fixed; top: 0; left: 0; right: 0; background: #fff;
    font-size: 8.5pt; padding-bottom: 1.5mm; border-bottom: 0.5pt solid #999; }
  .report-frame-space { height: 9mm; }
  /* An item's heading, lead-in and text stay together; a long response may run on to the next page. */
  .report-item-head, .report-table, .report-title, .report-item p, .report-item li { break-inside: avoid; }
  .report-item { orphans: 3; widows: 3; }
  .report-heading, .report-item h4, .report-item h5, .report-item h6, .report-items h2 { break-after: avoid; }
  .report-items { break-before: page; }
  body > header, body > footer { display: none !important; }
  /* Collapsed items print whole (Chromium 131+; report-items-toggle.tsx also opens them before printing). */
  .report-item-body::details-content { content-visibility: visible; display: contents; }
}`;
  return <style>{css}</style>;
}

export function RunningHeader({ text }: { text: string }) {
  return (
    <div className="report-running-header hidden" aria-hidden="true">
      {text}
    </div>
  );
}

/** The report inside a one-cell table whose header row repeats on each printed page, making room for the running header. */
export function PrintFrame({ children }: { children: ReactNode }) {
  return (
    <table role="presentation" className="w-full border-collapse">
      <thead>
        <tr>
          <td className="p-0">
            <div className="report-frame-space" />
          </td>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td className="p-0 align-top">{children}</td>
        </tr>
      </tbody>
    </table>
  );
}
