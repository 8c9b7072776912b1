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
