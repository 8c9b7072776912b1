import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { asLocale } from "@/lib/i18n/locales";
import { cache } from "react";
import { requireReader } from "@/lib/auth/session";
import { canEdit } from "@/lib/auth/policy";
import { MAX_FILE_LABEL } from "@/lib/documents/schema";
import { DocumentText } from "@/components/document-text";
import { FileUploadForm } from "@/components/catalogue/file-upload-form";
import { citableCyclesOf, getDocument } from "@/lib/documents/queries";
import { formatNumber } from "@/lib/i18n/format";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { cycleHeading } from "@/components/cycle-facts";
import { DateText } from "@/components/date-text";
import { citableDocumentOptions } from "@/components/recommendation/options";
import { ReadingLanguage } from "@/components/translations/reading-language";
import { TranslationEditor } from "@/components/translations/translation-editor";
import { languageCode, parseLanguage } from "@/lib/translations/languages";
import { textIn, translationsOf } from "@/lib/translations/queries";
import { readingOf } from "@/lib/translations/reading";
import { addTranslationAction, correctTranslationAction, removeTranslationAction } from "@/lib/translations/actions";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const load = cache(async (slug: string) => (slug.length > 200 ? null : getDocument(slug)));

async function resolve({ params }: Props) {
  const { slug } = await params;
  const user = await requireReader(`/documents/${encodeURIComponent(slug)}`);
  const doc = await load(slug);
  if (!doc) notFound();
  return { doc, user };
}

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { doc } = await resolve(props);
  return { title: shorten(doc.title, 80) };
}

const TITLE = "DOCUMENT_TITLE" as const;
const FILE_KINDS = new Set(["pdf", "docx", "text"]);

export default async function DocumentPage(props: Props) {
  const { doc, user } = await resolve(props);
  const editor = canEdit(user);
  const [t, all, locale, query] = await Promise.all([
    getTranslations("documents"),
    getTranslations(),
    getLocale(),
    props.searchParams,
  ]);
  const number = (n: number, digits = 0) => formatNumber(Number(n.toFixed(digits)), asLocale(locale));
  const size = (n: number) =>
    n < 1024
      ? t("detail.bytes", { size: number(n) })
      : n < 1024 * 1024
        ? t("detail.kilobytes", { size: number(n / 1024, 1) })
        : t("detail.megabytes", { size: number(n / 1024 / 1024, 1) });
  // The title in the language asked for (?text=ru), else the original, with a box saying which it is.
  const entity = { subject: TITLE, id: doc.id };
  const [{ translations }, sources] = await Promise.all([
    translationsOf(entity, { editor }),
    editor ? citableCyclesOf(doc.cycle.id) : Promise.resolve([]),
  ]);
  const shown = await textIn(entity, parseLanguage(query.text) ?? doc.titleLanguage, { editor });
  const title = shown?.text ?? doc.title;
  const path = `/documents/${encodeURIComponent(doc.slug)}`;
  return (
    <>
      <Breadcrumbs items={[{ label: t("list.title"), href: "/documents" }, { label: shorten(title, 60) }]} />
      <h1
        lang={languageCode(shown?.language ?? doc.titleLanguage)}
        className="mt-4 text-2xl font-semibold tracking-tight"
      >
        {title}
      </h1>
      {shown && (translations.length > 0 || !shown.isOriginal) && (
        <ReadingLanguage {...readingOf(shown, translations, path)} />
      )}
      {editor && (
        <TranslationEditor
          subject={TITLE}
          subjectId={doc.id}
          originalLanguage={doc.titleLanguage}
          translations={translations}
          documents={citableDocumentOptions(sources, doc.cycle.id, {
            t: (key, values) => all(key as Parameters<typeof all>[0], values),
            locale: asLocale(locale),
          })}
          userName={user?.name ?? ""}
          actions={{ add: addTranslationAction, correct: correctTranslationAction, remove: removeTranslationAction }}
        />
      )}
      <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-700">{t("detail.type")}</dt>
        <dd>{t(`type.${doc.type}`)}</dd>
        <dt className="font-medium text-slate-700">{t("detail.issuer")}</dt>
        <dd>{doc.issuer}</dd>
        <dt className="font-medium text-slate-700">{t("detail.date")}</dt>
        <dd>
          <DateText date={doc.issuedOn} />
        </dd>
        <dt className="font-medium text-slate-700">{t("detail.place")}</dt>
        <dd>{doc.place ?? <span className="text-slate-600">{t("detail.notStated")}</span>}</dd>
        <dt className="font-medium text-slate-700">{t("detail.cycle")}</dt>
        <dd>
          <Link href={`/cycles/${doc.cycle.slug}`}>{cycleHeading(doc.cycle)}</Link>
        </dd>
        <dt className="font-medium text-slate-700">{t("detail.citedAs")}</dt>
        <dd>{t("detail.citedCounts", { texts: doc._count.citedBy, responses: doc._count.responses })}</dd>
        {doc.sourceUrl && (
          <>
            <dt className="font-medium text-slate-700">{t("detail.online")}</dt>
            <dd className="break-all">
              <a href={doc.sourceUrl}>{doc.sourceUrl}</a>
            </dd>
          </>
        )}
        {doc.fileSha256 && doc.file && (
          <>
            <dt className="font-medium text-slate-700">{t("detail.file")}</dt>
            <dd className="break-all">
              <a href={`/documents/${doc.slug}/file`} download>
                {doc.fileName ?? t("detail.download")}
              </a>{" "}
              <span className="text-slate-700">
                {t("detail.fileFacts", {
                  kind: FILE_KINDS.has(doc.file.kind) ? t(`detail.kind.${doc.file.kind}`) : doc.file.kind,
                  size: size(doc.file.size),
                })}
              </span>
            </dd>
            <dt className="font-medium text-slate-700">{t("detail.sha")}</dt>
            <dd className="font-mono text-xs break-all" aria-label={t("detail.shaLabel")}>
              {doc.fileSha256}
            </dd>
          </>
        )}
      </dl>
      {editor && (
        <p className="mt-4 print:hidden">
          <Link href={`/documents/${doc.slug}/edit`}>{t("edit.title")}</Link>
        </p>
      )}
      {editor && (
        <section
          aria-labelledby="document-file"
          className="mt-8 max-w-2xl rounded border border-slate-200 px-4 pb-4 print:hidden"
        >
          <h2 id="document-file" className="mt-3 text-lg font-semibold">
            {doc.fileSha256 ? t("detail.replaceFile") : t("detail.attachFile")}
          </h2>
          <FileUploadForm slug={doc.slug} maxLabel={MAX_FILE_LABEL} replacing={Boolean(doc.fileSha256)} />
        </section>
      )}

      <section aria-labelledby="full-text" className="mt-10 border-t border-slate-200 pt-6">
        <h2 id="full-text" className="text-lg font-semibold">
          {t("detail.fullText")}
        </h2>
        {doc.fullText ? (
          <div className="mt-4">
            <DocumentText text={doc.fullText} />
          </div>
        ) : (
          <p className="mt-3 text-slate-700">{t("detail.noFullText")}</p>
        )}
      </section>
    </>
  );
}
