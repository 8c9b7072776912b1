// The write test: editors saving follow-up entries through the real app, as
// the browser does. The follow-up form's action is a client function that
// calls the server action (useActionState), which has no no-JavaScript form
// post, so each save is the request React's client sends: POST to the page
// with the Next-Action header (the id from the build's server-reference
// manifest) and the arguments encoded as React encodes them ([previous state,
// form data] → "0" plus "_1_<field>" parts). Field names come from the page's
// add-a-follow-up form when it renders. Each editor saves, waits, saves again.
// The page opens that form only on demand (?add=followUp, the "Add a follow-up entry" link): the bench reads,
// posts to and refreshes that URL, as the editor's browser does.
import { readFileSync } from "node:fs";
import path from "node:path";
import { summarise, type Timing } from "./stats";

export interface Writer {
  cookie: string;
  recId: string;
}

export interface WriteResult {
  seconds: number;
  attempted: number;
  acknowledged: string[];
  failed: number;
  failures: string[];
  latency: Timing;
  /** The page refresh each editor's browser makes after an acknowledged save (not part of the save). */
  refresh: Timing;
  savesPerSecond: number;
}

/** The id of a server action in the current build, by file and export name; null if the build has none. */
export function actionId(file: string, name: string): string | null {
  const manifest = JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  return (
    Object.entries(manifest.node).find(
      ([, v]) => v.exportedName === name && (!v.filename || v.filename === file),
    )?.[0] ?? null
  );
}

/** The recommendation page with its add-a-follow-up form open (components/recommendation/entry-editing.tsx). */
export const followUpFormPath = (recId: string) => `/recommendations/${recId}?add=followUp`;

/** The add-a-follow-up form's field names on the page, without the form's prefix. */
export async function followUpFields(base: string, w: Writer): Promise<{ prefix: string; names: string[] } | null> {
  const res = await fetch(`${base}${followUpFormPath(w.recId)}`, { headers: { cookie: w.cookie } });
  if (!res.ok) return null;
  const html = await res.text();
  const form = /<form[^>]*aria-label="Add a follow-up entry"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
  if (!form) return null;
  const names = [...form.matchAll(/<(?:input|textarea|select)[^>]*\sname="([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((n) => !n.startsWith("$ACTION"));
  const taken = names.find((n) => n.endsWith("actionTaken"));
  if (!taken) return null;
  const prefix = taken.slice(0, -"actionTaken".length);
  return { prefix, names: names.map((n) => (n.startsWith(prefix) ? n.slice(prefix.length) : n)) };
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The arguments of addFollowUpAction(previousState, formData) as React's encodeReply sends them
 * (react-server-dom in Next 16): the form's fields as "_1_<name>", then "0" with the arguments,
 * the form data referenced as "$K1".
 */
export function encodeArgs(fields: Record<string, string>): FormData {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(`_1_${k}`, v);
  body.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  return body;
}

export async function saveFollowUps(o: {
  base: string;
  action: string;
  writers: Writer[];
  seconds: number;
  names: string[];
  tag: string;
}): Promise<WriteResult> {
  const times: number[] = [];
  const refreshes: number[] = [];
  const acknowledged: string[] = [];
  const failures: string[] = [];
  let attempted = 0;
  const started = performance.now();
  const until = started + o.seconds * 1000;
  // The schema's date field is `date` (a day, month or year); a form that still names it otherwise
  // (actionDate) gets its own name too: unknown fields are dropped by the schema.
  const dates = Object.fromEntries(
    [...new Set(["date", ...o.names.filter((n) => /^(action)?date$/i.test(n))])].map((n) => [n, today()]),
  );
  await Promise.all(
    o.writers.map(async (w, i) => {
      for (let n = 1; performance.now() < until; n++) {
        const token = `Synthetic benchmark save ${o.tag}-${i + 1}-${n}.`;
        attempted++;
        const t = performance.now();
        try {
          const res = await fetch(`${o.base}${followUpFormPath(w.recId)}`, {
            method: "POST",
            headers: { cookie: w.cookie, "Next-Action": o.action, Accept: "text/x-component" },
            body: encodeArgs({ recommendationId: w.recId, ...dates, actionTaken: token }),
          });
          const text = await res.text();
          const ms = performance.now() - t;
          if (res.status === 200 && text.includes('"status":"ok"')) {
            acknowledged.push(token);
            times.push(ms);
            // As the browser does after a save (components/forms/use-action.ts): the page's data again.
            const r = performance.now();
            const page = await fetch(`${o.base}${followUpFormPath(w.recId)}`, {
              headers: { cookie: w.cookie, RSC: "1" },
            });
            await page.arrayBuffer();
            if (page.ok) refreshes.push(performance.now() - r);
          } else if (failures.length < 10) {
            const why = [/"message":"([^"]*)"/.exec(text)?.[1], /"fieldErrors":(\{[^}]*\})/.exec(text)?.[1]]
              .filter(Boolean)
              .join(" ");
            failures.push(`${res.status}: ${(why || text).slice(0, 300)}`);
          }
        } catch (error) {
          if (failures.length < 10) failures.push((error as Error).message);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds: Math.round(seconds * 10) / 10,
    attempted,
    acknowledged,
    failed: attempted - acknowledged.length,
    failures,
    latency: summarise(times),
    refresh: summarise(refreshes),
    savesPerSecond: Math.round((acknowledged.length / seconds) * 10) / 10,
  };
}
