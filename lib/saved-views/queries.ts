// A person's saved views, as links rebuilt from each view's page and validated values (never a stored URL).
import "server-only";
import { prisma } from "@/lib/db/client";
import { PAGE_LABEL, viewHref, type SavedViewPage } from "./pages";

export interface SavedViewLink {
  id: string;
  name: string;
  /** The page in English words (the API); `kind` names it for the catalogues' savedViews.page.<kind>. */
  page: string;
  kind: SavedViewPage;
  href: string;
}

/** The person's views, by name; of one page only when asked. */
export async function myViews(userId: string, page?: SavedViewPage): Promise<SavedViewLink[]> {
  const db = await prisma();
  const rows = await db.savedView.findMany({
    where: { userId, ...(page ? { page } : {}) },
    orderBy: { nameKey: "asc" },
    select: { id: true, name: true, page: true, params: true },
  });
  return rows.flatMap((v) => {
    const href = viewHref(v.page, v.params);
    return href ? [{ id: v.id, name: v.name, page: PAGE_LABEL[v.page], kind: v.page, href }] : [];
  });
}
