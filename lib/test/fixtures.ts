// Test data helpers: a seeded database and users of each role, made through
// the real mutations (no mocks, no hand-written rows).
import type { Database } from "@/lib/db/client";
import type { Actor } from "@/lib/audit/record";
import { seedDatabase } from "@/lib/seed/seed";
import { createUser } from "@/lib/users/mutations";

export async function seededWithUsers(db: Database) {
  await seedDatabase(db.prisma);
  const make = (role: "ADMIN" | "EDITOR" | "VIEWER", name: string) =>
    createUser(db.prisma, {
      email: `${name.toLowerCase().replace(/\W+/g, ".")}@test.example`,
      name,
      role,
      password: "test-password-123",
    });
  const [admin, editor, editor2, viewer] = await Promise.all([
    make("ADMIN", "Ada Admin"),
    make("EDITOR", "Eve Editor"),
    make("EDITOR", "Ed Second"),
    make("VIEWER", "Vic Viewer"),
  ]);
  const actor = (u: { id: string; name: string }): Actor => ({ id: u.id, label: u.name });
  return { admin: admin!, editor: editor!, editor2: editor2!, viewer: viewer!, actor };
}

export async function recommendationId(db: Database, cycle: string, label: string): Promise<string> {
  const r = await db.prisma.recommendation.findFirstOrThrow({
    where: { cycle: { slug: cycle }, label },
    select: { id: true },
  });
  return r.id;
}

/** A contributor (an institution's focal point), made through the real mutation. */
export async function makeContributor(db: Database, institutionId: string, name: string) {
  return createUser(db.prisma, {
    email: `${name.toLowerCase().replace(/\W+/g, ".")}@test.example`,
    name,
    role: "CONTRIBUTOR",
    institutionId,
    password: "test-password-123",
  });
}
