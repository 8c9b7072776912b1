// Folds grouped counts (state × independent) into both lenses' distributions
// and the cross-tab. Pure and unit-tested; the counting itself is SQL.
import { ASSESSMENT_ORDER, STATE_RESPONSE_ORDER, type AssessmentStatus, type StateResponseStatus } from "@/lib/vocab";

export interface Tally {
  total: number;
  state: Record<StateResponseStatus, number>;
  independent: Record<AssessmentStatus, number>;
  cross: Record<StateResponseStatus, Record<AssessmentStatus, number>>;
  /** Share "Implemented" per the state; "Fully implemented" per the independent lens. */
  stateImplementedShare: number | null;
  independentFullyShare: number | null;
  independentFullyOrMostlyShare: number | null;
}

const zeros = <K extends string>(keys: K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function tally(cells: { state: StateResponseStatus; independent: AssessmentStatus; n: number }[]): Tally {
  const state = zeros(STATE_RESPONSE_ORDER);
  const independent = zeros(ASSESSMENT_ORDER);
  const cross = Object.fromEntries(STATE_RESPONSE_ORDER.map((s) => [s, zeros(ASSESSMENT_ORDER)])) as Tally["cross"];
  let total = 0;
  for (const c of cells) {
    total += c.n;
    state[c.state] += c.n;
    independent[c.independent] += c.n;
    cross[c.state][c.independent] += c.n;
  }
  const share = (n: number) => (total === 0 ? null : n / total);
  return {
    total,
    state,
    independent,
    cross,
    stateImplementedShare: share(state.IMPLEMENTED),
    independentFullyShare: share(independent.FULLY_IMPLEMENTED),
    independentFullyOrMostlyShare: share(independent.FULLY_IMPLEMENTED + independent.MOSTLY_IMPLEMENTED),
  };
}
