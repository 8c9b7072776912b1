import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errors"))("notFoundTitle") };
}

export default function NotFound() {
  const t = useTranslations("errors");
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t("notFoundTitle")}</h1>
      <p className="mt-3 max-w-prose text-slate-700">{t("notFound")}</p>
      <ul className="mt-6 list-disc space-y-1 pl-6">
        <li>
          <Link href="/">{t("browseCycles")}</Link>
        </li>
        <li>
          <Link href="/documents">{t("browseDocuments")}</Link>
        </li>
      </ul>
    </>
  );
}
