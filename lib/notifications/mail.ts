// E-mail: the SMTP settings from the environment (off when unset), the transport (nodemailer), and the
// text of each message. Messages are never sent from a database transaction: they are written to the
// outbox (lib/notifications/notify.ts, digest.ts) and delivered after commit (deliver.ts).
import nodemailer from "nodemailer";
import { env, type Env } from "@/lib/env";

export interface MailSettings {
  transport: string | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } };
  from: string;
}

/** The SMTP settings, or null when e-mail is off (neither SMTP_URL nor SMTP_HOST). Pure. */
export function mailSettings(e: Env): MailSettings | null {
  if (!e.SMTP_FROM) return null;
  if (e.SMTP_URL) return { transport: e.SMTP_URL, from: e.SMTP_FROM };
  if (!e.SMTP_HOST) return null;
  const secure = e.SMTP_SECURE === "true";
  return {
    transport: {
      host: e.SMTP_HOST,
      port: e.SMTP_PORT ?? (secure ? 465 : 587),
      secure,
      ...(e.SMTP_USER && e.SMTP_PASSWORD ? { auth: { user: e.SMTP_USER, pass: e.SMTP_PASSWORD } } : {}),
    },
    from: e.SMTP_FROM,
  };
}

export const mailEnabled = () => mailSettings(env()) !== null;

export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

/** A mailer for these settings; a failed connection or a refused message rejects `send`. */
export function smtpMailer(settings: MailSettings): Mailer {
  const transport = nodemailer.createTransport(
    typeof settings.transport === "string"
      ? settings.transport
      : // Fail fast when the server is down: the outbox retries later.
        { ...settings.transport, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 },
  );
  return {
    send: async (m) => {
      await transport.sendMail({ from: settings.from, to: m.to, subject: m.subject, text: m.text });
    },
    close: () => transport.close(),
  };
}

/** The app's public address, for links in e-mails. */
export const appUrl = () => (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");

const FOOTER = (base: string) =>
  `\n\n--\nODIHR Recommendations Follow-up. Choose which e-mails you receive: ${base}/account/notifications`;

/** One notification as an e-mail. Pure. */
export function eventMail(
  n: { id: string; text: string; subject: string; recipientName: string },
  base = appUrl(),
): { subject: string; text: string } {
  return {
    subject: `[ODIHR tracker] ${n.subject}`,
    text: `Hello ${n.recipientName},\n\n${n.text}\n\nOpen it: ${base}/notifications/${n.id}${FOOTER(base)}`,
  };
}

/** The day's notifications of one person as one e-mail. Pure. */
export function digestMail(
  recipientName: string,
  items: { id: string; text: string; label: string }[],
  base = appUrl(),
): { subject: string; text: string } {
  const lines = items.map((i) => `- ${i.label}: ${i.text}\n  ${base}/notifications/${i.id}`);
  const count = items.length === 1 ? "1 notification" : `${items.length} notifications`;
  return {
    subject: `[ODIHR tracker] Daily digest: ${count}`,
    text: `Hello ${recipientName},\n\nSince the last digest:\n\n${lines.join("\n")}${FOOTER(base)}`,
  };
}
