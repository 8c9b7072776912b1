// E-mail: the SMTP settings from the environment (off when unset), the transport (nodemailer), and the
// text of each message. Messages are never sent from a database transaction: they are written to the
// outbox (lib/notifications/notify.ts, digest.ts) and delivered after commit (deliver.ts).
import nodemailer from "nodemailer";
import { env, type Env } from "@/lib/env";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { serverText } from "@/lib/i18n/server-messages-marker";
import { translateServerMessage } from "@/lib/i18n/server-messages";

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

// Each line is one whole English sentence, the message id of the server catalogue, translated for the
// recipient (User.locale, else English) when the e-mail is written (lib/i18n/server-messages.ts).
const mailText = (lines: string[], locale: Locale) => lines.map((l) => translateServerMessage(l, locale)).join("\n");

function footer(base: string, locale: Locale) {
  const line = serverText(
    `ODIHR Recommendations Follow-up. Choose which e-mails you receive: ${base}/account/notifications`,
  );
  return `\n\n--\n${translateServerMessage(line, locale)}`;
}

/** One notification as an e-mail, in the recipient's language. Pure. */
export function eventMail(
  n: { id: string; text: string; subject: string; recipientName: string },
  base = appUrl(),
  locale: Locale = DEFAULT_LOCALE,
): { subject: string; text: string } {
  const t = (s: string) => translateServerMessage(s, locale);
  return {
    subject: t(serverText(`[ODIHR tracker] ${n.subject}`)),
    text:
      mailText(
        [serverText(`Hello ${n.recipientName},`), "", n.text, "", serverText(`Open it: ${base}/notifications/${n.id}`)],
        locale,
      ) + footer(base, locale),
  };
}

/** The day's notifications of one person as one e-mail, in their language. Pure. */
export function digestMail(
  recipientName: string,
  items: { id: string; text: string; label: string }[],
  base = appUrl(),
  locale: Locale = DEFAULT_LOCALE,
): { subject: string; text: string } {
  const t = (s: string) => translateServerMessage(s, locale);
  // Each item: its kind and sentence translated; the "- …: …" frame and the link are not words.
  const lines = items.map((i) => `- ${t(i.label)}: ${t(i.text)}\n  ${base}/notifications/${i.id}`);
  const count = items.length === 1 ? serverText("1 notification") : serverText(`${items.length} notifications`);
  return {
    subject: t(serverText(`[ODIHR tracker] Daily digest: ${count}`)),
    text:
      mailText(
        [serverText(`Hello ${recipientName},`), "", serverText("Since the last digest:"), "", ...lines],
        locale,
      ) + footer(base, locale),
  };
}
