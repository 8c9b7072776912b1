// The cycle page's section of report-text imports (editors and admins): each import in words, with its revert.
import { useLocale, useTranslations } from "next-intl";
import type { ImportPerson, ImportSummary } from "@/lib/report-import/queries";
import type { ActionState } from "@/lib/actions/result";
import { formatDateTime } from "@/lib/i18n/format";
import { asLocale } from "@/lib/i18n/locales";
import { ImportList } from "./import-list";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function CycleImports({ imports, revert }: { imports: ImportSummary[]; revert: Action }) {
  const t = useTranslations("reportImport.list");
  const raw = useLocale();
  const locale = asLocale(raw);
  const when = (d: Date) => t("moment", { when: formatDateTime(d, locale) });
  const who = (p: ImportPerson) => (p === "system" ? t("system") : p === "former-user" ? t("formerUser") : p.name);
  const source = ({ document, fileName: file }: ImportSummary["source"]) =>
    document && file
      ? t("sourceBoth", { document, file })
      : document
        ? t("sourceDocument", { document })
        : file
          ? t("sourceFile", { file })
          : t("sourcePasted");
  return (
    <section aria-labelledby="report-imports" className="mt-8 print:hidden">
      <h2 id="report-imports" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <ImportList
        revert={revert}
        imports={imports.map((i) => ({
          id: i.id,
          when: when(i.createdAt),
          createdBy: who(i.createdBy),
          source: source(i.source),
          labels: i.labels,
          skipped: i.skipped,
          itemCount: i.itemCount,
          reverted: i.reverted ? t("reverted", { when: when(i.reverted.at), by: who(i.reverted.by) }) : null,
        }))}
      />
    </section>
  );
}
