// Reads what the server's own logger (lib/log.ts) writes during a test: the logger is real, only its
// destination is a list instead of standard output.
import { redirectLog } from "@/lib/log";

export type LogLine = Record<string, unknown> & { level: string; event?: string; msg?: string };

export function captureLog(): { lines: LogLine[]; raw: string[]; restore: () => void } {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const restore = redirectLog({
    write(chunk: string) {
      raw.push(chunk);
      lines.push(JSON.parse(chunk) as LogLine);
    },
  });
  return { lines, raw, restore };
}
