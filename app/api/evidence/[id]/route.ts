// GET /api/evidence/<id>: an evidence file, for whoever may read the entry it is attached to
// (lib/evidence/policy.ts canReadEntry); always as a download.
import { evidenceResponse } from "@/lib/evidence/download";
import { evidenceReader } from "@/lib/evidence/reader";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const reader = await evidenceReader(request);
  if (reader === "bad-token")
    return Response.json(
      { error: { message: "The API token is not valid or has been revoked." } },
      { status: 401, headers: { "Cache-Control": "private, no-store" } },
    );
  return evidenceResponse(reader, (await params).id);
}
