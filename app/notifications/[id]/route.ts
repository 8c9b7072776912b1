// Opening a notification (from the list or an e-mail): marks it read and goes where it points. Only the
// person's own; anything else goes back to the list (nothing tells whether it exists).
import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { openNotification } from "@/lib/notifications/mutations";

export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  // A relative Location: the request's own URL inside the server can name another host than the browser's.
  const to = (path: string) => new Response(null, { status: 303, headers: { Location: path } });
  if (!user) return to(`/sign-in?next=${encodeURIComponent(`/notifications/${id}`)}`);
  const opened = await openNotification(user, id);
  return to(opened?.href ?? "/notifications");
}
