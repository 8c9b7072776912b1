// Environment validated once with zod: a wrong value stops the app with a
// message that names the variable, instead of failing later in odd ways.
import path from "node:path";
import { z } from "zod";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const EnvSchema = z
  .object({
    DATABASE_URL: opt(
      z.string().regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// connection URL"),
    ),
    // The owner role (migrations, grants, restore) when DATABASE_URL is the app's own role: lib/db/setup-roles.ts.
    DATABASE_OWNER_URL: opt(
      z.string().regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// connection URL"),
    ),
    PGLITE_DIR: opt(z.string()),
    PUBLIC_READ: z.preprocess(
      blankToUndefined,
      z.enum(["true", "false"], { message: 'must be "true" or "false"' }).default("false"),
    ),
    // "true" only behind a reverse proxy that sets X-Forwarded-For: sign-in attempts are then limited per client
    // address (lib/users/client-address.ts). Otherwise the header could be forged, so it is ignored.
    TRUSTED_PROXY: z.preprocess(
      blankToUndefined,
      z.enum(["true", "false"], { message: 'must be "true" or "false"' }).default("false"),
    ),
    // How much the server logs (lib/log.ts): one JSON line per event on standard output.
    LOG_LEVEL: z.preprocess(
      blankToUndefined,
      z
        .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
          message: "must be one of fatal, error, warn, info, debug, trace, silent",
        })
        .default("info"),
    ),
    NEXTAUTH_SECRET: opt(z.string().min(32, "must be at least 32 characters")),
    ADMIN_EMAIL: opt(z.email("must be an email address")),
    ADMIN_PASSWORD: opt(z.string().min(12, "must be at least 12 characters")),
    ADMIN_NAME: opt(z.string().max(200)),
    OIDC_ISSUER: opt(z.url("must be the issuer URL of your identity provider")),
    OIDC_CLIENT_ID: opt(z.string()),
    OIDC_CLIENT_SECRET: opt(z.string()),
    OIDC_NAME: opt(z.string().max(80)),
    // Read by scripts/serve.mjs; validated here, at start, with everything else.
    WEB_CONCURRENCY: opt(
      z.coerce.number().int("must be a whole number").min(1, "must be at least 1").max(64, "must be at most 64"),
    ),
    PORT: opt(z.coerce.number().int("must be a port number").min(1).max(65535)),
    // Signed checkpoints of the audit chain's head, and the key that signs them: both outside the database.
    AUDIT_CHECKPOINT_DIR: opt(z.string().min(1)),
    AUDIT_KEY_DIR: opt(z.string().min(1)),
    // E-mail notifications (lib/notifications/mail.ts): off unless SMTP_URL or SMTP_HOST is set.
    SMTP_URL: opt(z.string().regex(/^smtps?:\/\/.+/, "must be an smtp:// or smtps:// URL")),
    SMTP_HOST: opt(z.string().min(1)),
    SMTP_PORT: opt(z.coerce.number().int("must be a port number").min(1).max(65535)),
    SMTP_USER: opt(z.string().min(1)),
    SMTP_PASSWORD: opt(z.string().min(1)),
    SMTP_FROM: opt(z.string().min(3)),
    /** "true": TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
    SMTP_SECURE: z.preprocess(
      blankToUndefined,
      z.enum(["true", "false"], { message: 'must be "true" or "false"' }).default("false"),
    ),
    // The notification jobs inside the app server (lib/notifications/schedule.ts).
    NOTIFY_IN_APP: z.preprocess(
      blankToUndefined,
      z.enum(["true", "false"], { message: 'must be "true" or "false"' }).default("true"),
    ),
    NOTIFY_DIGEST_HOUR: z.preprocess(
      blankToUndefined,
      z.coerce.number().int("must be an hour from 0 to 23").min(0).max(23, "must be an hour from 0 to 23").default(7),
    ),
    NOTIFY_DEADLINE_DAYS: z.preprocess(
      blankToUndefined,
      z.coerce.number().int("must be a whole number of days").min(0).max(365, "must be at most 365").default(7),
    ),
  })
  .superRefine((env, ctx) => {
    const inside = (dir: string | undefined, outer: string) =>
      dir !== undefined && !path.relative(path.resolve(outer), path.resolve(dir)).startsWith("..");
    for (const key of ["AUDIT_CHECKPOINT_DIR", "AUDIT_KEY_DIR"] as const) {
      if (inside(env[key], env.PGLITE_DIR ?? ".data/pglite"))
        ctx.addIssue({ code: "custom", path: [key], message: "must be outside the embedded database's directory" });
    }
    if (env.DATABASE_OWNER_URL && !env.DATABASE_URL)
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_OWNER_URL"],
        message: "set DATABASE_URL (the app's role) too: the owner's URL is used only to migrate and grant",
      });
    if (env.SMTP_URL && env.SMTP_HOST)
      ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "set SMTP_URL or SMTP_HOST, not both" });
    if ((env.SMTP_URL || env.SMTP_HOST) && !env.SMTP_FROM)
      ctx.addIssue({ code: "custom", path: ["SMTP_FROM"], message: "is required when e-mail is on (the sender)" });
    if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD))
      ctx.addIssue({ code: "custom", path: ["SMTP_USER"], message: "set SMTP_USER and SMTP_PASSWORD together" });
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together, or none of them",
      });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | null = null;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function publicRead(): boolean {
  return env().PUBLIC_READ === "true";
}
