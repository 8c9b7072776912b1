// Responsible institutions of a recommendation, each since a date (in the
// world); editors assign and remove.
import { useTranslations } from "next-intl";
import type { AssignmentEntry } from "@/lib/recommendations/view";
import { DatedText } from "@/components/dated-text";
import { InstitutionControls } from "./institution-controls";
import { institutionOptions, type Option } from "./options";

export function InstitutionsSection({
  assigned,
  edit,
}: {
  assigned: AssignmentEntry[];
  edit?: { recommendationId: string; available: Option[]; today: string };
}) {
  const t = useTranslations("recommendation");
  const items = assigned.map((a) => ({
    value: a.institution.id,
    label: institutionOptions([a.institution])[0]!.label,
    since: <DatedText dated={a} />,
  }));
  return (
    <section aria-labelledby="institutions" className="mt-8">
      <h2 id="institutions" className="text-lg font-semibold">
        {t("institutions")}
      </h2>
      {edit ? (
        <InstitutionControls
          recommendationId={edit.recommendationId}
          assigned={items}
          available={edit.available}
          today={edit.today}
        />
      ) : items.length === 0 ? (
        <p className="mt-3 text-slate-800">{t("noInstitution")}</p>
      ) : (
        <ul className="mt-3 list-disc pl-6">
          {items.map((i) => (
            <li key={i.value}>
              {i.label}{" "}
              <span className="text-sm text-slate-700">{t.rich("responsibleSince", { since: () => i.since })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
