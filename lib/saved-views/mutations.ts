// A person's saved views: save, rename, delete. Personal preferences like NotificationPreference (lib/notifications):
// not tracked data, so no audit event (docs/decisions/014-saved-views.md). Each acts on the signed-in person's own
// views only; another person's view is "not found", never "not yours".
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/audit/record";
import type { Outcome } from "@/lib/mutations/outcome";
import { rawOfQuery, viewParams } from "./pages";
import { canSaveViewOf } from "./policy";
import { nameKey, type DeleteView, type RenameView, type SaveView } from "./schema";

const mine = (actor: Actor) => actor.id ?? "(nobody)";
const NOT_FOUND = { kind: "not-found", message: "This saved view does not exist." } as const;
const taken = (name: string): Outcome<never> => ({
  kind: "invalid",
  fieldErrors: { name: [`You already have a view named “${name}”: choose another name.`] },
});

async function nameFree(db: PrismaClient, userId: string, name: string, except?: string): Promise<boolean> {
  const other = await db.savedView.findUnique({
    where: { userId_nameKey: { userId, nameKey: nameKey(name) } },
    select: { id: true },
  });
  return !other || other.id === except;
}

/** Two saves of one name at once: the unique index refuses the second, reported as the name being taken. */
async function uniqueOr<T>(name: string, write: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { kind: "ok", value: await write() };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return taken(name);
    throw error;
  }
}

export async function saveView(db: PrismaClient, actor: Actor, input: SaveView): Promise<Outcome<{ id: string }>> {
  const userId = mine(actor);
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true },
  });
  if (!user || !canSaveViewOf(user, input.page))
    return { kind: "invalid", fieldErrors: { page: ["You cannot keep a view of this page."] } };
  const raw = rawOfQuery(input.query);
  // The cycle or theme comes from the page's path, never from the query string.
  delete raw.slug;
  delete raw.themeId;
  if (input.slug) raw.slug = input.slug;
  if (input.themeId) raw.themeId = input.themeId;
  const params = viewParams(input.page, raw);
  const { slug, themeId } = params ?? {};
  if (!params || (slug && !(await db.electionCycle.findUnique({ where: { slug }, select: { id: true } }))))
    return { kind: "invalid", fieldErrors: { page: ["This cycle does not exist."] } };
  if (themeId && !(await db.theme.findUnique({ where: { id: themeId }, select: { id: true } })))
    return { kind: "invalid", fieldErrors: { page: ["This theme does not exist."] } };
  if (!(await nameFree(db, userId, input.name))) return taken(input.name);
  return uniqueOr(input.name, async () => {
    const v = await db.savedView.create({
      data: { userId, name: input.name, nameKey: nameKey(input.name), page: input.page, params },
      select: { id: true },
    });
    return { id: v.id };
  });
}

export async function renameView(db: PrismaClient, actor: Actor, input: RenameView): Promise<Outcome<{ id: string }>> {
  const userId = mine(actor);
  const view = await db.savedView.findFirst({ where: { id: input.id, userId }, select: { id: true } });
  if (!view) return NOT_FOUND;
  if (!(await nameFree(db, userId, input.name, view.id))) return taken(input.name);
  return uniqueOr(input.name, async () => {
    await db.savedView.update({
      where: { id: view.id },
      data: { name: input.name, nameKey: nameKey(input.name) },
    });
    return { id: view.id };
  });
}

export async function deleteView(db: PrismaClient, actor: Actor, input: DeleteView): Promise<Outcome<{ id: string }>> {
  const done = await db.savedView.deleteMany({ where: { id: input.id, userId: mine(actor) } });
  return done.count === 1 ? { kind: "ok", value: { id: input.id } } : NOT_FOUND;
}
