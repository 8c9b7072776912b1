import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("client address for the sign-in limit", () => {
  it("ignores X-Forwarded-For unless the proxy is trusted", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7" }, false)).toBeNull();
    expect(clientAddress(undefined, true)).toBeNull();
  });

  it("takes the entry our proxy appended (the rightmost), not the forgeable ones before it", () => {
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }, true)).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": ["1.2.3.4", "198.51.100.2 "] }, true)).toBe("198.51.100.2");
  });

  it("normalises IPv4-mapped and IPv6 spellings, and refuses anything that is not an address", () => {
    expect(clientAddress({ "x-forwarded-for": "::ffff:203.0.113.7" }, true)).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": "2001:DB8::1" }, true)).toBe("2001:db8::1");
    expect(clientAddress({ "x-forwarded-for": "not-an-ip" }, true)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4, " + "9".repeat(60) }, true)).toBeNull();
  });
});
