// The cycle page's section of report-text imports (editors and admins): each import in words, with its revert.
import type { ImportSummary } from "@/lib/report-import/queries";
import type { ActionState } from "@/lib/actions/result";
import { formatDateTime } from "@/components/recommendation/dates";
import { ImportList } from "./import-list";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function CycleImports({ imports, revert }: { imports: ImportSummary[]; revert: Action }) {
  return (
    <section aria-labelledby="report-imports" className="mt-8 print:hidden">
      <h2 id="report-imports" className="text-lg font-semibold">
        Report-text imports
      </h2>
      <ImportList
        revert={revert}
        imports={imports.map((i) => ({
          id: i.id,
          when: formatDateTime(i.createdAt),
          createdBy: i.createdBy,
          source: i.source,
          labels: i.labels,
          skipped: i.skipped,
          itemCount: i.itemCount,
          reverted: i.reverted ? `Reverted ${formatDateTime(i.reverted.at)} by ${i.reverted.by}.` : null,
        }))}
      />
    </section>
  );
}
