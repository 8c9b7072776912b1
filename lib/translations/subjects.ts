// The texts a translation can render, read the same way by mutations and queries: the original (the stored,
// authoritative text), its language, and where its audit events are filed. Server-only (Prisma).
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ContentLanguage, TranslatedText } from "./languages";

type Reader = PrismaClient | Prisma.TransactionClient;

export interface Original {
  text: string;
  language: ContentLanguage;
  cycleId: string;
  recommendationId: string | null;
  /** A published text that every reader sees (a withdrawn response is not: its translations are for editors). */
  published: boolean;
}

export async function originalOf(db: Reader, subject: TranslatedText, id: string): Promise<Original | null> {
  if (subject === "RECOMMENDATION_TEXT") {
    const r = await db.recommendation.findUnique({
      where: { id },
      select: { text: true, textLanguage: true, cycleId: true },
    });
    return r && { text: r.text, language: r.textLanguage, cycleId: r.cycleId, recommendationId: id, published: true };
  }
  if (subject === "RESPONSE_TEXT") {
    const r = await db.stateResponse.findUnique({
      where: { id },
      select: {
        text: true,
        textLanguage: true,
        withdrawnAt: true,
        recommendationId: true,
        recommendation: { select: { cycleId: true } },
      },
    });
    // A response without text has nothing to translate.
    return r?.text
      ? {
          text: r.text,
          language: r.textLanguage,
          cycleId: r.recommendation.cycleId,
          recommendationId: r.recommendationId,
          published: r.withdrawnAt === null,
        }
      : null;
  }
  const d = await db.document.findUnique({
    where: { id },
    select: { title: true, titleLanguage: true, cycleId: true },
  });
  return d && { text: d.title, language: d.titleLanguage, cycleId: d.cycleId, recommendationId: null, published: true };
}

/** The originals of many texts of one kind at once (reports and exports), by id; missing ids are left out. */
export async function originalsOf(db: Reader, subject: TranslatedText, ids: string[]): Promise<Map<string, Original>> {
  const out = new Map<string, Original>();
  if (ids.length === 0) return out;
  if (subject === "RECOMMENDATION_TEXT") {
    const rows = await db.recommendation.findMany({
      where: { id: { in: ids } },
      select: { id: true, text: true, textLanguage: true, cycleId: true },
    });
    for (const r of rows)
      out.set(r.id, {
        text: r.text,
        language: r.textLanguage,
        cycleId: r.cycleId,
        recommendationId: r.id,
        published: true,
      });
  } else if (subject === "RESPONSE_TEXT") {
    const rows = await db.stateResponse.findMany({
      where: { id: { in: ids }, text: { not: null } },
      select: {
        id: true,
        text: true,
        textLanguage: true,
        withdrawnAt: true,
        recommendationId: true,
        recommendation: { select: { cycleId: true } },
      },
    });
    for (const r of rows)
      out.set(r.id, {
        text: r.text!,
        language: r.textLanguage,
        cycleId: r.recommendation.cycleId,
        recommendationId: r.recommendationId,
        published: r.withdrawnAt === null,
      });
  } else {
    const rows = await db.document.findMany({
      where: { id: { in: ids } },
      select: { id: true, title: true, titleLanguage: true, cycleId: true },
    });
    for (const d of rows)
      out.set(d.id, {
        text: d.title,
        language: d.titleLanguage,
        cycleId: d.cycleId,
        recommendationId: null,
        published: true,
      });
  }
  return out;
}
