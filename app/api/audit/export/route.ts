// GET /api/audit/export?<filters>: the audit history as CSV, for editors and
// administrators (administrators also get security events). Authorization is
// checked here, on the server: a hidden link is not a permission.
import { getCurrentUser } from "@/lib/auth/session";
import { canAdminister, canEdit } from "@/lib/auth/policy";
import { auditEventBatches } from "@/lib/audit/queries";
import { parseAuditFilter } from "@/lib/audit/schema";
import { auditCsvStream } from "@/lib/audit/csv-stream";
import { exportFileName, FILTER_LABEL } from "@/components/audit/format";
import { logRefusal } from "@/lib/log";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!canEdit(user)) {
    logRefusal(request, 403, "not an editor", { userId: user?.id ?? null });
    return Response.json(
      { error: "Only editors and administrators can export the audit history." },
      { status: 403, headers: noStore },
    );
  }

  const params: Record<string, string | string[]> = {};
  const search = new URL(request.url).searchParams;
  for (const key of new Set(search.keys())) {
    const all = search.getAll(key);
    params[key] = all.length > 1 ? all : all[0]!;
  }
  const { filter, invalid } = parseAuditFilter(params);
  if (invalid.length > 0) {
    logRefusal(request, 400, "invalid filter", { fields: invalid });
    return Response.json(
      { error: `These filter values are not valid: ${invalid.map((k) => FILTER_LABEL[k] ?? k).join(", ")}.`, invalid },
      { status: 400, headers: noStore },
    );
  }
  // The export always covers every matching event, not one page of them.
  const { before: _page, ...all } = filter;

  return new Response(auditCsvStream(auditEventBatches(all, canAdminister(user))), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(new Date())}"`,
      ...noStore,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
