// POST /api/report-import/preview: pasted text or an uploaded final report, parsed into the items an editor
// reviews before anything is written. A route handler, not a server action: a report's PDF is often larger
// than the 1 MB a server action accepts; here the limit is lib/report-import/schema.ts MAX_REPORT_BYTES.
import { getCurrentUser } from "@/lib/auth/session";
import { answerJson } from "@/lib/i18n/answer";
import { serverText } from "@/lib/i18n/server-messages-marker";
import { preview } from "@/lib/report-import/preview";
import { MAX_REPORT_BYTES } from "@/lib/report-import/schema";
import { MAX_REPORT_MB } from "@/lib/report-import/preview";
import { limitedRequest } from "@/lib/security/body-limit";
import { withRequestId } from "@/lib/request-id";

export const dynamic = "force-dynamic";
const noStore = { "Cache-Control": "no-store" };

export const POST = withRequestId(async (incoming: Request): Promise<Response> => {
  const length = Number(incoming.headers.get("content-length") ?? NaN);
  // Refused before reading: the form's other fields need far less than a megabyte.
  if (!Number.isFinite(length) || length > MAX_REPORT_BYTES + 1024 * 1024) {
    return answerJson(
      413,
      {
        ok: false,
        message: serverText("The file is too large."),
        fieldErrors: { file: [serverText(`The file is larger than ${MAX_REPORT_MB} MB`)] },
      },
      noStore,
    );
  }
  // The declared length may lie: stop reading where it said the body ends.
  const request = await limitedRequest(incoming, length);
  if (request instanceof Response) return request;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return answerJson(400, { ok: false, message: serverText("The form could not be read."), fieldErrors: {} });
  }
  const answer = await preview(await getCurrentUser(), form);
  return answerJson(answer.ok ? 200 : answer.status, answer as unknown as Record<string, unknown>, noStore);
});
