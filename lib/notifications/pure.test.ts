import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { deadlineNotice, utcDay } from "./deadlines";
import { DEFAULT_DELIVERY, deliveryOf } from "./kinds";
import { digestMail, eventMail, mailSettings } from "./mail";
import { digestDue } from "./schedule";

describe("e-mail settings from the environment", () => {
  it("is off unless SMTP_URL or SMTP_HOST is set", () => {
    expect(mailSettings(parseEnv({}))).toBeNull();
  });
  it("takes a URL, or a host with port, user and password", () => {
    expect(mailSettings(parseEnv({ SMTP_URL: "smtps://u:p@mail.example.org", SMTP_FROM: "t@example.org" }))).toEqual({
      transport: "smtps://u:p@mail.example.org",
      from: "t@example.org",
    });
    expect(
      mailSettings(
        parseEnv({
          SMTP_HOST: "mail.example.org",
          SMTP_PORT: "2525",
          SMTP_USER: "u",
          SMTP_PASSWORD: "p",
          SMTP_FROM: "Tracker <t@example.org>",
        }),
      ),
    ).toEqual({
      transport: { host: "mail.example.org", port: 2525, secure: false, auth: { user: "u", pass: "p" } },
      from: "Tracker <t@example.org>",
    });
    expect(mailSettings(parseEnv({ SMTP_HOST: "m", SMTP_SECURE: "true", SMTP_FROM: "t@x.org" }))?.transport).toEqual({
      host: "m",
      port: 465,
      secure: true,
    });
  });
  it("names what is wrong", () => {
    expect(() => parseEnv({ SMTP_URL: "http://mail" })).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(() => parseEnv({ SMTP_HOST: "m" })).toThrow(/SMTP_FROM: is required when e-mail is on/);
    expect(() => parseEnv({ SMTP_HOST: "m", SMTP_FROM: "t@x.org", SMTP_USER: "u" })).toThrow(
      /SMTP_USER: set SMTP_USER and SMTP_PASSWORD together/,
    );
    expect(() => parseEnv({ SMTP_HOST: "m", SMTP_URL: "smtp://m", SMTP_FROM: "t@x.org" })).toThrow(
      /SMTP_URL: set SMTP_URL or SMTP_HOST, not both/,
    );
    expect(() => parseEnv({ SMTP_PORT: "99999" })).toThrow(/SMTP_PORT/);
  });
});

describe("messages", () => {
  it("writes one event, and a digest, with links to open each notification", () => {
    expect(
      eventMail({ id: "n1", text: "T.", subject: "You were mentioned", recipientName: "Ada" }, "https://t.org"),
    ).toEqual({
      subject: "[ODIHR tracker] You were mentioned",
      text: "Hello Ada,\n\nT.\n\nOpen it: https://t.org/notifications/n1\n\n--\nODIHR Recommendations Follow-up. Choose which e-mails you receive: https://t.org/account/notifications",
    });
    const d = digestMail("Ada", [{ id: "n1", text: "One.", label: "You were mentioned" }], "https://t.org");
    expect(d.subject).toBe("[ODIHR tracker] Daily digest: 1 notification");
    expect(d.text).toContain("- You were mentioned: One.\n  https://t.org/notifications/n1");
  });
  it("uses each kind's default until a person chooses", () => {
    expect(deliveryOf([], "MENTION")).toBe("IMMEDIATE");
    expect(deliveryOf([], "DEADLINE_PASSED")).toBe("DIGEST");
    expect(deliveryOf([{ kind: "MENTION", delivery: "NONE" }], "MENTION")).toBe("NONE");
    expect(Object.keys(DEFAULT_DELIVERY)).toHaveLength(6);
    expect(deliveryOf([], "PUBLISHED_DRAFT")).toBe("DIGEST");
  });
});

describe("deadline notices", () => {
  const today = utcDay(new Date("2026-12-01T23:30:00Z"));
  const entry = (targetDate: string) => ({
    id: "f1",
    entryNo: 4,
    targetDate: new Date(targetDate),
    nextStep: null,
    rec: "2011 · recommendation 3(a)",
  });
  it("says approaching within the window, today, tomorrow, passed; nothing further away", () => {
    expect(today.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(deadlineNotice(entry("2026-12-09"), today, 7)).toBeNull();
    expect(deadlineNotice(entry("2026-12-08"), today, 7)).toEqual({
      kind: "DEADLINE_APPROACHING",
      dedupeKey: "deadline-approaching:f1:2026-12-08",
      text: "The target date of follow-up entry 4 of 2011 · recommendation 3(a) is in 7 days, 8 December 2026.",
    });
    expect(deadlineNotice(entry("2026-12-02"), today, 7)?.text).toContain("is tomorrow, 2 December 2026");
    expect(deadlineNotice(entry("2026-12-01"), today, 7)?.text).toContain("is today, 1 December 2026");
    expect(deadlineNotice(entry("2026-11-30"), today, 7)).toEqual({
      kind: "DEADLINE_PASSED",
      dedupeKey: "deadline-passed:f1:2026-11-30",
      text: "The target date of follow-up entry 4 of 2011 · recommendation 3(a) passed on 30 November 2026.",
    });
  });
});

describe("the jobs inside the app server", () => {
  it("runs the digest once a day, from the configured hour (UTC)", () => {
    const at = (iso: string) => new Date(iso);
    expect(digestDue(at("2026-12-01T06:59:00Z"), null, 7)).toBe(false);
    expect(digestDue(at("2026-12-01T07:00:00Z"), null, 7)).toBe(true);
    expect(digestDue(at("2026-12-01T15:00:00Z"), "2026-12-01", 7)).toBe(false);
    expect(digestDue(at("2026-12-02T07:30:00Z"), "2026-12-01", 7)).toBe(true);
  });
  it("is on by default and validates its settings", () => {
    expect(parseEnv({})).toMatchObject({ NOTIFY_IN_APP: "true", NOTIFY_DIGEST_HOUR: 7, NOTIFY_DEADLINE_DAYS: 7 });
    expect(() => parseEnv({ NOTIFY_IN_APP: "no", NOTIFY_DIGEST_HOUR: "24", NOTIFY_DEADLINE_DAYS: "-1" })).toThrow(
      /NOTIFY_IN_APP: must be "true" or "false"[\s\S]*NOTIFY_DIGEST_HOUR: must be an hour from 0 to 23[\s\S]*NOTIFY_DEADLINE_DAYS/,
    );
  });
});
