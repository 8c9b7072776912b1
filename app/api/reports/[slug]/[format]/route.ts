// GET /api/reports/<cycle>/<pdf|docx|xlsx|csv|json>?<report options>: the
// report of a cycle as a download, for anyone who may read (PUBLIC_READ).
// Authorization is checked here, on the server: a hidden link is not a permission.
import { getCurrentUser } from "@/lib/auth/session";
import { canRead } from "@/lib/auth/policy";
import { publicRead } from "@/lib/env";
import { reportHeader } from "@/lib/reports/model";
import { parseReportOptions } from "@/lib/reports/schema";
import { computeKeys, exportItems, streamBytes } from "@/lib/reports/export-run";
import { cacheKey, cachedFile, keepFile, keepWhileStreaming } from "@/lib/reports/file-cache";
import { CONTENT_TYPE, isExportFormat, reportFileName, type ExportFormat } from "@/lib/reports/export-text";
import { exportPdf } from "@/lib/reports/export-pdf";
import { exportDocx } from "@/lib/reports/export-docx";
import { exportXlsx } from "@/lib/reports/export-xlsx";
import { exportCsv } from "@/lib/reports/export-csv";
import { exportJson } from "@/lib/reports/export-json";
import { logRefusal } from "@/lib/log";
import { currentLocale } from "@/lib/i18n/request-locale";

export const dynamic = "force-dynamic";

const EXPORTERS = {
  pdf: exportPdf,
  docx: exportDocx,
  xlsx: exportXlsx,
  csv: exportCsv,
  json: exportJson,
} satisfies Record<ExportFormat, unknown>;
const noStore = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

const OPTION_NAMES: Record<string, string> = {
  on: "Status on",
  asOf: "As recorded on",
  since: "Changes since",
  content: "Content",
  layout: "Layout",
  status: "State response",
  independent: "Independent assessment",
  paper: "Paper",
  lang: "Language of the report",
};

export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string; format: string }> },
): Promise<Response> {
  const user = await getCurrentUser();
  if (!canRead(user, publicRead())) {
    logRefusal(request, 401, "not signed in");
    return Response.json({ error: "Sign in to download reports." }, { status: 401, headers: noStore });
  }

  const { slug, format } = await params;
  if (!isExportFormat(format)) {
    return Response.json(
      { error: `Unknown format "${format.slice(0, 20)}". Use pdf, docx, xlsx, csv or json.` },
      { status: 404, headers: noStore },
    );
  }

  const search = new URL(request.url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const all = search.getAll(key);
    raw[key] = all.length > 1 ? all : all[0]!;
  }
  const parsed = parseReportOptions(raw);
  const { invalid } = parsed;
  // No language named: the reader's own (their setting, else the cookie, else Accept-Language).
  const options = { ...parsed.options, lang: parsed.options.lang ?? (await currentLocale()) };
  if (invalid.length > 0) {
    return Response.json(
      { error: `These report options are not valid: ${invalid.map((k) => OPTION_NAMES[k] ?? k).join(", ")}.`, invalid },
      { status: 400, headers: noStore },
    );
  }

  const header = slug.length > 100 ? null : await reportHeader(slug, options);
  if (!header) return Response.json({ error: "No such election cycle." }, { status: 404, headers: noStore });

  // A first pass for the fingerprint (printed at the top), then the export streams the items again.
  const { fingerprint, rowsKey } = await computeKeys(header, options);
  // Spreadsheet rows link to the app as its users reach it: NEXTAUTH_URL when set, else this request's origin.
  const origin = process.env.NEXTAUTH_URL?.trim() || new URL(request.url).origin;
  // The same data gives the same file: made once, then served from memory (lib/reports/file-cache.ts).
  // CSV and XLSX also show record ids, row stamps and links: their key includes those.
  const sheet = format === "csv" || format === "xlsx";
  const key = cacheKey({
    format,
    fingerprint: sheet ? `${fingerprint}|${rowsKey}|${origin}` : fingerprint,
    layout: options.layout,
    paper: options.paper,
    lang: options.lang,
  });
  const hit = cachedFile(key);
  const generatedAt = hit?.generatedAt ?? new Date();
  let body: ReadableStream<Uint8Array> | Buffer;
  if (hit) body = hit.bytes;
  else {
    const stream = EXPORTERS[format](header, exportItems(header, options), options, {
      generatedAt,
      fingerprint,
      origin,
    });
    // PDF and Word files are built whole anyway; the others stream, and are kept as they pass.
    if (format === "pdf" || format === "docx") {
      body = await streamBytes(stream);
      keepFile(key, { bytes: body, generatedAt });
    } else body = keepWhileStreaming(stream, key, generatedAt);
  }

  return new Response(body as BodyInit, {
    headers: {
      "Content-Type": CONTENT_TYPE[format],
      "Content-Disposition": `attachment; filename="${reportFileName(header.cycle.slug, options, format, generatedAt)}"`,
      "X-Report-Fingerprint": fingerprint,
      ...noStore,
    },
  });
}
