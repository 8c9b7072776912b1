// The `?asOf=YYYY-MM-DD` parameter of the recommendation page: a real
// calendar date, not in the future. Pure, unit-tested.
import { requiredDate } from "@/lib/validation";

const AsOfDate = requiredDate("The date", { notFuture: true });

export type AsOfParam = { kind: "none" } | { kind: "valid"; day: string } | { kind: "invalid"; message: string };

export function parseAsOf(raw: string | string[] | undefined): AsOfParam {
  if (raw === undefined || raw === "") return { kind: "none" };
  if (Array.isArray(raw)) return { kind: "invalid", message: "Give one date only." };
  const parsed = AsOfDate.safeParse(raw);
  if (!parsed.success) return { kind: "invalid", message: `${parsed.error.issues[0]?.message ?? "The date is not valid"}.` };
  return { kind: "valid", day: raw };
}
