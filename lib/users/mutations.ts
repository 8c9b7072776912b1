// Writes about users and sign-in, each with its audit event in the same transaction.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, SYSTEM_ACTOR, type Actor } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/policy";
import { hashPassword } from "./password";
import type { NewUser } from "./schema";
import { normaliseEmail } from "./throttle-policy";

export async function createUser(db: PrismaClient, input: NewUser, actor: Actor = SYSTEM_ACTOR): Promise<SessionUser> {
  const email = normaliseEmail(input.email);
  // Hash outside the transaction: on PGlite an open transaction blocks every other query.
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email, name: input.name, role: input.role, credential: { create: { passwordHash } } },
      select: { id: true, name: true, email: true, role: true },
    });
    await recordAudit(tx, {
      actor,
      action: "create",
      entityType: "User",
      entityId: user.id,
      changes: {
        email: { from: null, to: email },
        name: { from: null, to: input.name },
        role: { from: null, to: input.role },
        active: { from: null, to: true },
      },
    });
    return user;
  });
}

export { authenticate, type SignInResult } from "./sign-in-mutations";
