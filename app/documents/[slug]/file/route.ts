// GET: a document's file, for anyone who may read the document page. POST (multipart): an editor attaches a
// file. A route handler, not a server action: server actions refuse bodies over 1 MB, and raising that limit
// for every action in next.config would let any form post 20 MB. CSRF: the session must be an editor's AND the
// Origin header must be this site (the session cookie is also SameSite=Lax).
import { getCurrentUser } from "@/lib/auth/session";
import { answerJson } from "@/lib/i18n/answer";
import { serverText } from "@/lib/i18n/server-messages-marker";
import { canEdit, canRead } from "@/lib/auth/policy";
import { publicRead } from "@/lib/env";
import { documentIdBySlug, getDocumentFile } from "@/lib/documents/queries";
import { MAX_FILE_BYTES, UploadSchema } from "@/lib/documents/schema";
import { uploadToAppDatabase } from "@/lib/documents/upload";
import { contentDisposition, sameOrigin } from "@/lib/documents/http";
import { limitedRequest } from "@/lib/security/body-limit";
import { withRequestId } from "@/lib/request-id";
import { logRefusal } from "@/lib/log";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ slug: string }> };
const noStore = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
// Messages in the reader's language (lib/i18n/answer.ts); the texts are marked for the server catalogues.
const json = (status: number, body: Record<string, unknown>) => answerJson(status, body, noStore);
const validSlug = (s: string) => s.length <= 200 && /^[a-z0-9-]+$/.test(s);

export const GET = withRequestId(async (request: Request, { params }: Ctx): Promise<Response> => {
  const user = await getCurrentUser();
  if (!canRead(user, publicRead())) {
    logRefusal(request, 401, "not signed in");
    return json(401, { error: serverText("Sign in to download documents.") });
  }
  const { slug } = await params;
  const file = validSlug(slug) ? await getDocumentFile(slug) : null;
  if (!file) return json(404, { error: serverText("This document has no stored file.") });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      ...noStore,
      "Content-Type": file.mediaType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(file.name),
      ETag: `"${file.sha256}"`,
    },
  });
});

export const POST = withRequestId(async (request: Request, { params }: Ctx): Promise<Response> => {
  const user = await getCurrentUser();
  const deny = (status: number, reason: string, error: string) => {
    logRefusal(request, status, reason, { userId: user?.id ?? null });
    return json(status, { error });
  };
  if (!user) return deny(401, "not signed in", serverText("Sign in to upload files."));
  if (!canEdit(user))
    return deny(403, "not an editor", serverText("You do not have permission to do this. Nothing was saved."));
  if (!sameOrigin(request))
    return deny(403, "cross-origin", serverText("This upload did not come from the tracker's own page."));
  const { slug } = await params;
  const documentId = validSlug(slug) ? await documentIdBySlug(slug) : null;
  if (!documentId) return json(404, { error: serverText("This document does not exist.") });
  // Refused before reading when declared too large; a chunked body is cut off at the limit, not buffered.
  const limited = await limitedRequest(request, MAX_FILE_BYTES + 64 * 1024);
  if (limited instanceof Response) return json(413, { fieldErrors: { file: ["The file is larger than 20 MB"] } });
  let form: FormData;
  try {
    form = await limited.formData();
  } catch {
    return json(400, { error: serverText("The upload could not be read. Choose the file and send it again.") });
  }
  const parsed = UploadSchema.safeParse({ file: form.get("file"), reason: form.get("reason") ?? undefined });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "file");
      fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
    }
    return json(400, { fieldErrors });
  }
  const { file, reason } = parsed.data;
  const outcome = await uploadToAppDatabase(
    { id: user.id, label: user.name },
    {
      documentId,
      bytes: new Uint8Array(await file.arrayBuffer()),
      name: file.name,
      reason: reason ?? null,
    },
  );
  if (outcome.kind === "invalid") return json(422, { fieldErrors: outcome.fieldErrors });
  if (outcome.kind !== "ok")
    return json(409, { error: serverText("The document changed or was removed meanwhile. Reload the page.") });
  return json(200, { sha256: outcome.value.sha256, kind: outcome.value.kind, message: "The file was attached." });
});
