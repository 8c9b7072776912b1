import type { Metadata } from "next";
import { requireReader } from "@/lib/auth/session";
import { listCycles } from "@/lib/cycles/queries";
import { CycleCard } from "@/components/cycle-card";

// The root layout's title template does not apply to a page in its own segment.
export const metadata: Metadata = { title: { absolute: "Election cycles · ODIHR follow-up tracker" } };

export default async function HomePage() {
  await requireReader("/");
  const cycles = await listCycles();
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Election cycles</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        Kazakhstan, OSCE/ODIHR election observation. Statuses shown here are the state&rsquo;s own responses to each
        recommendation; independent assessments are recorded separately, on each recommendation&rsquo;s page.
      </p>
      {cycles.length === 0 ? (
        <p className="mt-8 text-slate-700">No election cycles are recorded yet.</p>
      ) : (
        <div className="mt-8 space-y-6">
          {cycles.map((c) => (
            <CycleCard key={c.id} cycle={c} />
          ))}
        </div>
      )}
    </>
  );
}
