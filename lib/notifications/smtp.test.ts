// E-mail through a real SMTP server started here (smtp-server on 127.0.0.1), never a mock of the mailer:
// what arrives is parsed (mailparser) and checked: recipients, subject, body.
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { parseEnv } from "@/lib/env";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { addComment } from "@/lib/comments/mutations";
import { NewCommentSchema } from "@/lib/comments/schema";
import { deliverOutbox, MAX_ATTEMPTS } from "./deliver";
import { queueDigests } from "./digest";
import { mailSettings, smtpMailer, type Mailer } from "./mail";

interface Received {
  to: string[];
  mail: ParsedMail;
}

async function startSmtp(port: number, o: { refuse?: boolean } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(o.refuse ? Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }) : undefined);
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const FROM = "ODIHR tracker <tracker@test.example>";
const mailerOn = (port: number): Mailer =>
  smtpMailer({ transport: { host: "127.0.0.1", port, secure: false }, from: FROM });

describe(`e-mail through a local SMTP server on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let rec: string;
  const comment = (body: string) =>
    addComment(db.prisma, u.actor(u.editor), NewCommentSchema.parse({ recommendationId: rec, body }), { email: true });

  beforeAll(async () => {
    db = await createTestDatabase();
    u = await seededWithUsers(db);
    rec = await recommendationId(db, "kz-2011", "7(a)");
  });
  afterAll(async () => {
    await db?.close();
  });

  it("sends a mention at once, after the commit, to the person mentioned", async () => {
    const smtp = await startSmtp(2525);
    const mailer = mailerOn(2525);
    try {
      expect((await comment("@[Ada Admin], the law was amended in May.")).kind).toBe("ok");
      expect(await deliverOutbox(db.prisma, mailer)).toEqual({ sent: 1, retrying: 0, failed: 0 });
      expect(smtp.received).toHaveLength(1);
      const [{ to, mail }] = smtp.received as [Received];
      expect(to).toEqual([u.admin.email]);
      expect(mail.from?.text).toBe(`"ODIHR tracker" <tracker@test.example>`);
      expect(mail.subject).toBe("[ODIHR tracker] You were mentioned");
      expect(mail.text).toContain("Hello Ada Admin,");
      expect(mail.text).toContain(
        "Eve Editor mentioned you in the discussion of 2011 · recommendation 7(a): “@Ada Admin, the law was amended in May.”",
      );
      expect(mail.text).toMatch(/Open it: http:\/\/localhost:3000\/notifications\/n[0-9a-f]{24}/);
      const row = await db.prisma.emailOutbox.findFirstOrThrow({ where: { toAddress: u.admin.email } });
      expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
      // Nothing is sent twice.
      expect(await deliverOutbox(db.prisma, mailer)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    } finally {
      mailer.close();
      await smtp.close();
    }
  });

  it("keeps messages in the outbox while the SMTP server is down and delivers them later", async () => {
    expect((await comment("@[Ed Second] please look")).kind).toBe("ok");
    const t0 = new Date(Date.now() + 1000);
    const down = mailerOn(2526);
    expect(await deliverOutbox(db.prisma, down, { now: t0 })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    down.close();
    const kept = await db.prisma.emailOutbox.findFirstOrThrow({ where: { toAddress: u.editor2.email } });
    expect(kept).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(kept.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(kept.nextAttemptAt.getTime()).toBe(t0.getTime() + 60_000);

    const smtp = await startSmtp(2526);
    const mailer = mailerOn(2526);
    try {
      // Not before its retry time.
      expect(await deliverOutbox(db.prisma, mailer, { now: t0 })).toEqual({ sent: 0, retrying: 0, failed: 0 });
      expect(await deliverOutbox(db.prisma, mailer, { now: new Date(t0.getTime() + 61_000) })).toEqual({
        sent: 1,
        retrying: 0,
        failed: 0,
      });
      expect(smtp.received.map((r) => [r.to, r.mail.subject])).toEqual([
        [[u.editor2.email], "[ODIHR tracker] You were mentioned"],
      ]);
      expect(await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
        status: "SENT",
        attempts: 2,
      });
    } finally {
      mailer.close();
      await smtp.close();
    }
  });

  it("sends the daily digest, configured by SMTP_URL", async () => {
    await db.prisma.notificationPreference.create({
      data: { userId: u.admin.id, kind: "MENTION", delivery: "DIGEST" },
    });
    expect((await comment("@[Ada Admin] one")).kind).toBe("ok");
    expect((await comment("@[Ada Admin] two")).kind).toBe("ok");
    expect(await queueDigests(db.prisma, { email: true })).toEqual({ messages: 1, notifications: 2 });
    const settings = mailSettings(parseEnv({ SMTP_URL: "smtp://127.0.0.1:2527/?ignoreTLS=true", SMTP_FROM: FROM }));
    const smtp = await startSmtp(2527);
    const mailer = smtpMailer(settings!);
    try {
      expect(await deliverOutbox(db.prisma, mailer)).toEqual({ sent: 1, retrying: 0, failed: 0 });
      const [{ to, mail }] = smtp.received as [Received];
      expect(to).toEqual([u.admin.email]);
      expect(mail.subject).toBe("[ODIHR tracker] Daily digest: 2 notifications");
      expect(mail.text).toContain(
        "- You were mentioned: Eve Editor mentioned you in the discussion of 2011 · recommendation 7(a): “@Ada Admin one”",
      );
      expect(mail.text).toContain("“@Ada Admin two”");
    } finally {
      mailer.close();
      await smtp.close();
    }
  });

  it("marks a message failed after the last attempt, keeping the server's answer", async () => {
    expect((await comment("@[Ed Second] the last one")).kind).toBe("ok");
    const smtp = await startSmtp(2528, { refuse: true });
    const mailer = mailerOn(2528);
    try {
      let now = Date.now();
      for (let i = 1; i <= MAX_ATTEMPTS; i++) {
        const r = await deliverOutbox(db.prisma, mailer, { now: new Date(now) });
        expect(r).toEqual(i < MAX_ATTEMPTS ? { sent: 0, retrying: 1, failed: 0 } : { sent: 0, retrying: 0, failed: 1 });
        now += 7 * 3_600_000;
      }
      const row = await db.prisma.emailOutbox.findFirstOrThrow({ where: { status: "FAILED" } });
      expect(row.toAddress).toBe(u.editor2.email);
      expect(row.attempts).toBe(MAX_ATTEMPTS);
      expect(row.lastError).toMatch(/550/);
      expect(smtp.received).toHaveLength(0);
    } finally {
      mailer.close();
      await smtp.close();
    }
  });

  it("writes each e-mail in its recipient's language: Russian at once, a Kazakh digest", async () => {
    await db.prisma.user.update({ where: { id: u.editor2.id }, data: { locale: "ru" } });
    await db.prisma.user.update({ where: { id: u.admin.id }, data: { locale: "kk" } }); // MENTION in the digest
    expect((await comment("@[Ed Second] the law was amended in May.")).kind).toBe("ok");
    expect((await comment("@[Ada Admin] three")).kind).toBe("ok");
    expect((await comment("@[Ada Admin] four")).kind).toBe("ok");
    expect(await queueDigests(db.prisma, { email: true })).toEqual({ messages: 1, notifications: 2 });
    const smtp = await startSmtp(2529);
    const mailer = mailerOn(2529);
    try {
      expect(await deliverOutbox(db.prisma, mailer)).toEqual({ sent: 2, retrying: 0, failed: 0 });
      const byTo = (email: string) => smtp.received.find((r) => r.to.includes(email))!.mail;
      const ru = byTo(u.editor2.email);
      expect(ru.subject).toBe("[Трекер БДИПЧ] Вас упомянули");
      expect(ru.text).toContain("Здравствуйте, Ed Second!");
      expect(ru.text).toContain(
        "Пользователь Eve Editor упомянул вас в обсуждении рекомендации 7(a) (2011): «@Ed Second the law was amended in May.»",
      );
      expect(ru.text).toMatch(/Открыть: http:\/\/localhost:3000\/notifications\/n[0-9a-f]{24}/);
      expect(ru.text).toContain("Выберите, какие письма получать: http://localhost:3000/account/notifications");
      const kk = byTo(u.admin.email);
      expect(kk.subject).toBe("[ДИАҚБ трекері] Күндегі хабарламалар: 2 хабарлама");
      expect(kk.text).toContain("Құрметті Ada Admin!");
      expect(kk.text).toContain(
        "- Сізді атап өтті: Eve Editor пайдаланушысы сізді 2011 · 7(a) ұсыным талқылауында атап өтті: «@Ada Admin three»",
      );
    } finally {
      mailer.close();
      await smtp.close();
    }
  });
});
