import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { canAdminister, canEdit } from "@/lib/auth/policy";
import { auditEventBySeq } from "@/lib/audit/queries";
import { AuditEventView } from "@/components/audit/audit-event";
import { auditWords } from "@/lib/audit/words";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ seq: string }> };

const Seq = z.coerce.number().int().positive().max(2_147_483_647);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const seq = Seq.safeParse((await params).seq);
  const t = await getTranslations("auditPage.event");
  return { title: seq.success ? t("title", { seq: String(seq.data) }) : t("metaTitle") };
}

/** One audit event with every value in full (the history's list shortens long ones). */
export default async function AuditEventPage({ params }: Props) {
  const user = await getCurrentUser();
  // Like the history itself: not advertised to those who may not read it.
  if (!canEdit(user)) notFound();
  const seq = Seq.safeParse((await params).seq);
  if (!seq.success) notFound();
  const event = await auditEventBySeq(seq.data, canAdminister(user), auditWords((await getLocale()) as Locale));
  if (!event) notFound();
  return <AuditEventView event={event} />;
}
