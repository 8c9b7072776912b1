import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("environment validation", () => {
  it("accepts an empty environment (embedded database, sign-in required)", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PUBLIC_READ).toBe("false");
  });

  it("trusts X-Forwarded-For only when TRUSTED_PROXY is exactly true or false", () => {
    expect(parseEnv({}).TRUSTED_PROXY).toBe("false");
    expect(parseEnv({ TRUSTED_PROXY: "true" }).TRUSTED_PROXY).toBe("true");
    expect(() => parseEnv({ TRUSTED_PROXY: "1" })).toThrow(/TRUSTED_PROXY: must be "true" or "false"/);
  });

  it("treats blank values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "  ", PUBLIC_READ: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names every wrong variable in one message", () => {
    expect(() =>
      parseEnv({ DATABASE_URL: "mysql://x", PUBLIC_READ: "yes", ADMIN_PASSWORD: "short", ADMIN_EMAIL: "nope" }),
    ).toThrow(
      /DATABASE_URL: must be a postgres:\/\/[\s\S]*PUBLIC_READ: must be "true" or "false"[\s\S]*ADMIN_EMAIL: must be an email[\s\S]*ADMIN_PASSWORD: must be at least 12/,
    );
  });

  it("checks the number of server processes and the port", () => {
    expect(parseEnv({ WEB_CONCURRENCY: "2", PORT: "3000" })).toMatchObject({ WEB_CONCURRENCY: 2, PORT: 3000 });
    expect(() => parseEnv({ WEB_CONCURRENCY: "0", PORT: "http" })).toThrow(
      /WEB_CONCURRENCY: must be at least 1[\s\S]*PORT:/,
    );
  });

  it("keeps the audit checkpoints and their signing key outside the embedded database", () => {
    expect(parseEnv({ AUDIT_CHECKPOINT_DIR: "/srv/checkpoints", AUDIT_KEY_DIR: "/etc/tracker/keys" })).toMatchObject({
      AUDIT_CHECKPOINT_DIR: "/srv/checkpoints",
      AUDIT_KEY_DIR: "/etc/tracker/keys",
    });
    expect(() => parseEnv({ PGLITE_DIR: "/srv/db", AUDIT_KEY_DIR: "/srv/db/keys" })).toThrow(
      /AUDIT_KEY_DIR: must be outside the embedded database's directory/,
    );
    expect(() => parseEnv({ AUDIT_CHECKPOINT_DIR: ".data/pglite" })).toThrow(/AUDIT_CHECKPOINT_DIR: must be outside/);
  });

  it("takes the owner's database URL only beside the app's", () => {
    expect(() => parseEnv({ DATABASE_OWNER_URL: "postgresql://owner@db/tracker" })).toThrow(
      /DATABASE_OWNER_URL: set DATABASE_URL \(the app's role\) too/,
    );
    expect(() => parseEnv({ DATABASE_URL: "postgresql://a@db/t", DATABASE_OWNER_URL: "mysql://x" })).toThrow(
      /DATABASE_OWNER_URL: must be a postgres:\/\/ or postgresql:\/\/ connection URL/,
    );
    const both = parseEnv({ DATABASE_URL: "postgresql://app@db/t", DATABASE_OWNER_URL: "postgresql://owner@db/t" });
    expect([both.DATABASE_URL, both.DATABASE_OWNER_URL]).toEqual(["postgresql://app@db/t", "postgresql://owner@db/t"]);
  });

  it("requires the OpenID Connect settings together", () => {
    expect(() => parseEnv({ OIDC_ISSUER: "https://id.example.org" })).toThrow(
      /OIDC_ISSUER: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together/,
    );
    expect(
      parseEnv({ OIDC_ISSUER: "https://id.example.org", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b" }).OIDC_CLIENT_ID,
    ).toBe("a");
  });
});
