"use client";
// useActionState for the tracker's forms: after a save is acknowledged, the
// page's data is refreshed with a request of its own. The save's answer does
// not wait for the page to render again, so a save stays quick when the
// server is busy rendering pages for others (docs/benchmarks.md).
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { idle, type ActionState } from "@/lib/actions/result";

const saved = (s: unknown) => (s as ActionState | null)?.status === "ok";

export function useAction<S = ActionState>(
  action: (prev: Awaited<S>, form: FormData) => Promise<S>,
  initial: Awaited<S> = idle as Awaited<S>,
  isSaved: (s: Awaited<S>) => boolean = saved,
) {
  const [state, formAction, pending] = useActionState(action, initial);
  const router = useRouter();
  const ok = isSaved(state);
  useEffect(() => {
    if (ok) router.refresh();
  }, [state, ok, router]);
  return [state, formAction, pending] as const;
}
