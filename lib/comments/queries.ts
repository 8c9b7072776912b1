import "server-only";
import { prisma } from "@/lib/db/client";
import { bodyForEditing, mentionLabel, segments, type Segment } from "./mentions";
import { assignedInstitutionIds, mentionablePeople } from "./mutations";
import { editableUntil, mayDiscuss, mayEditComment, type Participant } from "./policy";

export interface CommentView {
  id: string;
  author: string;
  createdAt: Date;
  edited: boolean;
  /** The text in pieces, mentions by name. */
  parts: ({ kind: "text"; text: string } | { kind: "mention"; name: string })[];
  /** For its author within the edit window: the text as typed, and until when it can be changed. */
  edit: { body: string; until: Date } | null;
}

export interface Discussion {
  comments: CommentView[];
  /** The people who can be mentioned, and what the picker inserts for each. */
  people: { label: string; insert: string }[];
}

/**
 * The discussion of a recommendation as `viewer` sees it; null when they may not take part in it (readers,
 * public read mode, a contributor whose institution is not assigned to the recommendation).
 */
export async function discussionOf(
  recommendationId: string,
  viewer: Participant & { id: string },
  now = new Date(),
): Promise<Discussion | null> {
  const db = await prisma();
  const assigned = await assignedInstitutionIds(db, recommendationId);
  if (!mayDiscuss(viewer, assigned)) return null;
  const [rows, people] = await Promise.all([
    db.comment.findMany({
      where: { recommendationId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        body: true,
        authorId: true,
        createdAt: true,
        editedAt: true,
        mentionIds: true,
        author: { select: { name: true } },
      },
    }),
    mentionablePeople(db, assigned),
  ]);
  // Names of everyone mentioned, including people who can no longer be mentioned.
  const ids = [...new Set(rows.flatMap((r) => r.mentionIds))];
  const named = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const nameOf = (id: string) => named.find((u) => u.id === id)?.name ?? "(former user)";
  const part = (s: Segment) => (s.kind === "text" ? s : { kind: "mention" as const, name: nameOf(s.userId) });
  return {
    comments: rows.map((r) => ({
      id: r.id,
      author: r.author?.name ?? "(former user)",
      createdAt: r.createdAt,
      edited: r.editedAt !== null,
      parts: segments(r.body).map(part),
      edit: mayEditComment(r, viewer, assigned, now)
        ? { body: bodyForEditing(r.body, people), until: editableUntil(r.createdAt) }
        : null,
    })),
    people: people.map((p) => {
      const insert = mentionLabel(p, people);
      return { label: insert === `@[${p.name}]` ? p.name : `${p.name} (${p.email})`, insert };
    }),
  };
}
