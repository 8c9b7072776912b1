// POST /api/evidence (multipart: entryKind, entryId, file, reason): an editor attaches a file to a follow-up
// entry or a state response. A route handler, not a server action, for the reason the document upload gives
// (docs/catalogue-and-files.md): server actions refuse bodies over 1 MB, and raising that limit would let
// every form post 20 MB. CSRF: an editor's session AND an Origin header naming this site (the session cookie
// is also SameSite=Lax). The body limit (lib/security/body-limit.ts) is checked before the body is read.
import { getCurrentUser } from "@/lib/auth/session";
import { answerJson } from "@/lib/i18n/answer";
import { serverText } from "@/lib/i18n/server-messages-marker";
import { canEdit } from "@/lib/auth/policy";
import { sameOrigin } from "@/lib/documents/http";
import { EvidenceUploadSchema, MAX_EVIDENCE_BYTES, MAX_EVIDENCE_LABEL } from "@/lib/evidence/schema";
import { uploadEvidenceToAppDatabase } from "@/lib/evidence/upload";
import { limitFor, limitedRequest } from "@/lib/security/body-limit";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
// Messages in the reader's language (lib/i18n/answer.ts); the texts are marked for the server catalogues.
const json = (status: number, body: Record<string, unknown>) => answerJson(status, body, noStore);
const tooLarge = () => json(413, { fieldErrors: { file: [`The file is larger than ${MAX_EVIDENCE_LABEL}`] } });

export async function POST(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return json(401, { error: serverText("Sign in to attach files.") });
  if (!canEdit(user))
    return json(403, { error: serverText("You do not have permission to do this. Nothing was saved.") });
  if (!sameOrigin(request))
    return json(403, { error: serverText("This upload did not come from the tracker's own page.") });
  // Refused before reading when declared too large; a chunked body is cut off at the limit, not buffered.
  const limited = await limitedRequest(request, limitFor(new URL(request.url).pathname));
  if (limited instanceof Response) return tooLarge();
  let form: FormData;
  try {
    form = await limited.formData();
  } catch {
    return json(400, { error: serverText("The upload could not be read. Choose the file and send it again.") });
  }
  const parsed = EvidenceUploadSchema.safeParse({
    entryKind: form.get("entryKind"),
    entryId: form.get("entryId"),
    file: form.get("file"),
    reason: form.get("reason") ?? undefined,
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "file");
      fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
    }
    return json(400, { fieldErrors });
  }
  const { file, entryKind, entryId, reason } = parsed.data;
  if (file.size > MAX_EVIDENCE_BYTES) return tooLarge();
  const outcome = await uploadEvidenceToAppDatabase(user, {
    entryKind,
    entryId,
    bytes: new Uint8Array(await file.arrayBuffer()),
    name: file.name,
    reason: reason ?? null,
  });
  if (outcome.kind === "invalid") return json(422, { fieldErrors: outcome.fieldErrors });
  if (outcome.kind !== "ok")
    return json(404, { error: serverText("This entry does not exist (any more). Reload the page.") });
  const { sha256, kindLabel } = outcome.value;
  return json(200, { sha256, kind: kindLabel, message: `The file was attached (${kindLabel}).` });
}
