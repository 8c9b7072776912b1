// The two write phases: the editors alone, then the same editors while
// readers load the cycle's dashboard and report (half the connections each).
// Each writer is its own signed-in editor, saving on its own recommendation
// of the write cycle.
import type { BenchArgs } from "./args";
import type { Template } from "./database";
import { load } from "./machine";
import { measure, type PageMeasure } from "./measure";
import type { Page } from "./pages";
import type { WritePhase } from "./report";
import { signIn } from "./sign-in";
import type { Targets } from "./targets";
import { actionId, followUpFields, followUpFormPath, saveFollowUps, type WriteResult, type Writer } from "./writes";

interface Options {
  base: string;
  template: Template;
  targets: Targets;
  args: BenchArgs;
  readers: Page[];
  readerCookie: string;
  log: (s: string) => void;
}

const phase = (r: WriteResult, l: number[], readers?: PageMeasure[]): WritePhase => {
  const { acknowledged, ...rest } = r;
  return { ...rest, acknowledgedCount: acknowledged.length, load: l, ...(readers ? { readers } : {}) };
};

export async function writePhases(
  o: Options,
): Promise<{ alone: WritePhase; withReaders: WritePhase; tokens: string[] }> {
  const action = actionId("lib/follow-ups/actions.ts", "addFollowUpAction");
  if (!action)
    throw new Error("This build has no addFollowUpAction (is the recommendation page in the build?): no write test");
  const accounts = o.template.users.writers.slice(0, o.args.writers);
  if (o.targets.writeRecIds.length < accounts.length)
    throw new Error("The write cycle has fewer recommendations than writers");
  const writers: Writer[] = [];
  for (const [i, a] of accounts.entries())
    writers.push({ cookie: await signIn(o.base, a), recId: o.targets.writeRecIds[i]! });
  const form = await followUpFields(o.base, writers[0]!);
  // Without the form the saves would not be the ones an editor makes: stop rather than measure something else.
  if (!form)
    throw new Error(
      `the recommendation page (${followUpFormPath(writers[0]!.recId)}) did not render its follow-up form ` +
        "for a signed-in editor: no write test",
    );
  o.log(`follow-up form fields: ${form.names.join(", ")}`);
  const names = form.names;
  const tag = Date.now().toString(36);

  o.log(`${writers.length} editors saving follow-ups for ${o.args.writeSeconds} s`);
  let before = load();
  const alone = await saveFollowUps({
    base: o.base,
    action,
    writers,
    seconds: o.args.writeSeconds,
    names,
    tag: `${tag}a`,
  });
  const aloneLoad = [before[0]!, load()[0]!];
  o.log(
    `alone: ${alone.acknowledged.length} saved, ${alone.failed} failed, p50 ${alone.latency.p50} ms, p99 ${alone.latency.p99} ms`,
  );

  o.log(`the same, while ${o.args.connections} connections read ${o.readers.map((r) => r.path).join(" and ")}`);
  before = load();
  const connections = Math.max(1, Math.floor(o.args.connections / o.readers.length));
  const [withReaders, ...readers] = await Promise.all([
    saveFollowUps({ base: o.base, action, writers, seconds: o.args.writeSeconds, names, tag: `${tag}b` }),
    ...o.readers.map((p) =>
      measure(o.base, p, o.readerCookie, { connections, seconds: o.args.writeSeconds, warmupSeconds: 0, idleMs: 250 }),
    ),
  ]);
  const withLoad = [before[0]!, load()[0]!];
  o.log(
    `with readers: ${withReaders.acknowledged.length} saved, ${withReaders.failed} failed, p50 ${withReaders.latency.p50} ms, p99 ${withReaders.latency.p99} ms`,
  );
  return {
    alone: phase(alone, aloneLoad),
    withReaders: phase(withReaders, withLoad, readers),
    tokens: [...alone.acknowledged, ...withReaders.acknowledged],
  };
}
