// The property every server action must hold, whoever calls it with whatever form: it answers (never
// throws, never "Something went wrong"), a refusal writes nothing, a success is in the audit log, and at
// the end the tables still equal the replay of the log. Used by lib/actions/fuzz-*.test.ts, one per area.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute, type Command } from "@/lib/actions/command";
import type { ActionState } from "@/lib/actions/result";
import { verifyAuditChain } from "@/lib/audit/verify";
import { verifyTables } from "@/lib/audit/verify-tables";
import { testEngine } from "@/lib/db/test-db";
import { allActions, formArbitrary, STRONG_PASSWORD, type FormEntries } from "./forms";
import { FUZZ_SEED, runs } from "./values";
import { currentVersion, makeWorld, restoreActors, snapshot, userFor, type Role, type World } from "./world";

type Cmd = Command<never, unknown>;
export type Overrides = (w: World) => Promise<Record<string, fc.Arbitrary<string>>>;

const role = fc.constantFrom<Role>("admin", "admin", "editor", "editor", "viewer", "anonymous", "deactivated");
// The review actions (both kinds of draft) are the contributor's: they get a share of the calls there (elsewhere a
// contributor is a viewer with drafts, and the other roles keep the shares the seeds were chosen with).
const reviewRole = fc.constantFrom<Role>("contributor", "contributor", "admin", "editor", "viewer", "anonymous");
/** Text that would tell an attacker about the server: error internals, stacks, addresses. */
export const LEAK =
  /Something went wrong|Invalid `|prisma|\n\s+at |ECONN|postgres(ql)?:\/\/|127\.0\.0\.1|localhost:\d/i;

/** One seed per action (the same one would make e.g. createCountry and editCountry pick the same codes). */
const seedFor = (name: string) => [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, FUZZ_SEED);

/** Fills in the values that depend on the database at the moment of the call. */
export async function resolveForm(w: World, entries: FormEntries, cmd?: Cmd): Promise<FormData> {
  const form = new FormData();
  const id = entries.find(([k]) => k === "id")?.[1] ?? "";
  const password = entries.find(([k]) => k === "password")?.[1] ?? STRONG_PASSWORD;
  for (const [k, v] of entries) {
    const value = v === "@version" ? await currentVersion(w.db, id) : v === "@password" ? password : v;
    form.append(k, value);
  }
  // The key of the dry run just before (the sheet import applies only the plan that was shown).
  if (cmd && form.get("planKey") === "@planKey") {
    const check = new FormData();
    for (const [k, v] of form.entries()) if (k !== "intent" && k !== "planKey") check.append(k, v);
    const dry = await call(cmd, w, "admin", check);
    form.set("planKey", dry.status === "ok" ? (JSON.parse(dry.data!.plan!) as { key: string }).key : "");
  }
  return form;
}

/** The action as its form calls it (lib/actions/define.ts) minus the session, which the test gives. */
export async function call(cmd: Cmd, w: World, who: Role, form: FormData): Promise<ActionState> {
  const early = cmd.prepare ? await cmd.prepare(form) : null;
  return early ?? (await execute(cmd, await userFor(w, who), form)).state;
}

const describeCall = (cmd: Cmd, who: Role, form: FormData) =>
  `${cmd.name} as ${who} with ${JSON.stringify([...form.entries()].map(([k, v]) => [k, String(v).slice(0, 80)]))}`;

/** Checks one call's properties; the state it answered, for counts. */
export async function checkCall(cmd: Cmd, w: World, who: Role, form: FormData): Promise<ActionState> {
  const before = await snapshot(w.db);
  const what = describeCall(cmd, who, form);
  const state = await call(cmd, w, who, form); // a throw fails the property as it is
  expect(["ok", "error"], what).toContain(state.status);
  if (state.status === "error") {
    expect(state.message, `${what}: an unexpected error (a 500)`).not.toMatch(LEAK);
    expect(JSON.stringify(state.fieldErrors), what).not.toMatch(LEAK);
    expect(await snapshot(w.db), `${what} was refused but wrote something`).toEqual(before);
  } else {
    const after = await snapshot(w.db);
    const audited = (after.counts.audit_events ?? 0) - (before.counts.audit_events ?? 0);
    const { audit_events: _a, ...rest } = after.counts;
    const changed = Object.entries(rest).filter(([t, n]) => n !== before.counts[t]);
    if (changed.length > 0)
      expect(audited, `${what} changed ${changed.map(([t]) => t)} without an audit event`).toBeGreaterThan(0);
  }
  return state;
}

/** One describe per area: a property per action, then the whole log replayed against the tables. */
export function fuzzActions(
  area: string,
  names: string[],
  { overrides = {}, numRuns = {} }: { overrides?: Record<string, Overrides>; numRuns?: Record<string, number> } = {},
) {
  describe(`property tests of the ${area} actions on ${testEngine}`, () => {
    let w: World;
    const actions = allActions();
    // A seeded database with users takes minutes on a loaded machine: more than the default hook timeout.
    beforeAll(async () => {
      w = await makeWorld();
    }, 300_000);
    afterAll(async () => {
      await w?.db.close();
    });

    for (const name of names) {
      it(`${name}: answers every form from every role, refusals write nothing, changes are audited`, async () => {
        const cmd = actions.get(name);
        expect(cmd, `no action named ${name}`).toBeDefined();
        const outcomes = { ok: 0, error: 0 };
        const messages = new Set<string>();
        await fc.assert(
          fc.asyncProperty(
            area === "review" || area === "progress" ? reviewRole : role,
            formArbitrary(w, cmd!, await overrides[name]?.(w)),
            async (who, entries) => {
              await restoreActors(w);
              const state = await checkCall(cmd!, w, who, await resolveForm(w, entries, cmd));
              outcomes[state.status === "ok" ? "ok" : "error"]++;
              if (state.status === "error")
                messages.add(`${who}: ${state.message.slice(0, 60)} ${Object.keys(state.fieldErrors)}`);
            },
          ),
          { numRuns: runs(numRuns[name] ?? 30), seed: seedFor(name), endOnFailure: true },
        );
        // Both sides of the property were exercised (a generator that never succeeds tests only refusals).
        expect(outcomes.error, `${name}: ${JSON.stringify(outcomes)}`).toBeGreaterThan(0);
        expect(outcomes.ok, `${name}: ${JSON.stringify(outcomes)} ${[...messages].join(" | ")}`).toBeGreaterThan(0);
      }, 240_000); // scrypt at OWASP cost on a loaded machine
    }

    it("after all of it: the audit chain verifies and every table equals the replay of its log", async () => {
      const chain = await verifyAuditChain(w.db.prisma);
      expect(chain.ok, JSON.stringify(chain)).toBe(true);
      const tables = await verifyTables(w.db.prisma);
      expect(tables.problems).toEqual([]);
    });
  });
}
