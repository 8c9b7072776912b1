// Responsible institutions of a recommendation; editors assign and remove.
import { InstitutionControls } from "./institution-controls";
import type { Option } from "./options";

export function InstitutionsSection({ assigned, edit }: { assigned: Option[]; edit?: { recommendationId: string; available: Option[] } }) {
  return (
    <section aria-labelledby="institutions" className="mt-8">
      <h2 id="institutions" className="text-lg font-semibold">
        Responsible institutions
      </h2>
      {edit ? (
        <InstitutionControls recommendationId={edit.recommendationId} assigned={assigned} available={edit.available} />
      ) : assigned.length === 0 ? (
        <p className="mt-3 text-slate-800">No institution has been assigned yet.</p>
      ) : (
        <ul className="mt-3 list-disc pl-6">
          {assigned.map((i) => (
            <li key={i.value}>{i.label}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
