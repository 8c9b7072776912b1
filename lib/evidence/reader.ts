// Who is asking for an evidence file: a read-only API token (`Authorization: Bearer …`, read as a viewer
// reads, never internal notes), the signed-in user, anyone in public read mode, or nobody.
import "server-only";
import { checkApiToken } from "@/lib/api-tokens/mutations";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { publicRead } from "@/lib/env";
import type { EvidenceReader } from "./policy";

/** The reader, null when nobody may read; "bad-token" when a token was sent and is not valid. */
export async function evidenceReader(request: Request): Promise<EvidenceReader | null | "bad-token"> {
  const header = request.headers.get("authorization");
  if (header !== null) {
    const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
    return m && (await checkApiToken(await prisma(), m[1]!)) ? { kind: "token" } : "bad-token";
  }
  const user = await getCurrentUser();
  if (user) return { kind: "user", user };
  return publicRead() ? { kind: "public" } : null;
}
