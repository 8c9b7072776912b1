// The seeded list of themes (the list). No recommendation is given a theme by the seed: the source
// documents' headings do not name these themes, and a guessed theme would be invented data.
import { insertTheme } from "@/lib/themes/mutations";
import { SEED_THEMES } from "@/lib/themes/schema";
import { SYSTEM_ACTOR, type Tx } from "@/lib/audit/record";

export async function seedThemes(tx: Tx, counts: Record<string, number>) {
  for (const name of SEED_THEMES) {
    if (await tx.theme.findUnique({ where: { name }, select: { id: true } })) continue;
    await insertTheme(tx, SYSTEM_ACTOR, name, "The tracker's initial list of themes (seed)");
    counts.Theme = (counts.Theme ?? 0) + 1;
  }
}
