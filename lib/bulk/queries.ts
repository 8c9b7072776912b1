import "server-only";
// The choices of the bulk panel (names and ids only, never whole rows): active themes, the people who may own a
// recommendation (grouped by role, as on a recommendation's page), active institutions.
import { byName } from "@/lib/collate";
import { prisma } from "@/lib/db/client";
import { ownerCandidates } from "@/lib/owners/queries";
import { themeList } from "@/lib/themes/queries";
import { ROLE, type Role } from "@/lib/vocab";

export async function bulkOptions() {
  const db = await prisma();
  const [themes, owners, institutions] = await Promise.all([
    themeList({ activeOnly: true }),
    ownerCandidates(),
    db.institution
      .findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } })
      .then(byName),
  ]);
  return {
    themes: themes.map((t) => ({ value: t.id, label: t.name })),
    owners: owners.map((o) => ({ value: o.id, label: o.name, group: ROLE[o.role as Role] })),
    institutions: institutions.map((i) => ({ value: i.id, label: i.name })),
  };
}
