// Opening a notification (from the list or an e-mail): marks it read and goes where it points. Only the
// person's own; anything else goes back to the list (nothing tells whether it exists).
import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { openNotification } from "@/lib/notifications/mutations";

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  const to = (path: string) => NextResponse.redirect(new URL(path, request.url), 303);
  if (!user) return to(`/sign-in?next=${encodeURIComponent(`/notifications/${id}`)}`);
  const opened = await openNotification(user.id, id);
  return to(opened?.href ?? "/notifications");
}
