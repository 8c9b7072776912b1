// GET /api/evidence/<id> as plain server code (the route adds only who is asking), so every role is tested
// without HTTP. Always a download: `attachment`, the stored media type, `nosniff`, never cached; an image is
// not rendered from our origin either.
import "server-only";
import { contentDisposition } from "@/lib/documents/http";
import { canReadEntry, type EvidenceReader } from "./policy";
import { evidenceForDownload } from "./queries";
import { evidenceIdSchema } from "./schema";

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
const json = (status: number, message: string) => Response.json({ error: { message } }, { status, headers: PRIVATE });

export async function evidenceResponse(reader: EvidenceReader | null, rawId: string): Promise<Response> {
  if (!reader) return json(401, "Sign in, or send a read-only API token, to download evidence files.");
  const id = evidenceIdSchema.safeParse(rawId);
  // Refused and unknown read alike: an internal note's file is not even said to exist.
  const notFound = () => json(404, "There is no such file, or it is not yours to read.");
  if (!id.success) return notFound();
  const found = await evidenceForDownload(id.data, (entry) => canReadEntry(reader, entry));
  if (found.kind !== "ok") return notFound();
  const f = found.file;
  return new Response(new Uint8Array(f.bytes), {
    headers: {
      ...PRIVATE,
      "Content-Type": f.mediaType,
      "Content-Length": String(f.size),
      "Content-Disposition": contentDisposition(f.name),
      // No script, style or frame from the file even if a browser were to render it.
      "Content-Security-Policy": "default-src 'none'; sandbox",
      ETag: `"${f.sha256}"`,
    },
  });
}
