import { describe, expect, it } from "vitest";
import { KB, MB, limitedRequest, limitFor, readBodyLimited, BodyTooLarge } from "./body-limit";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://t.example/api/auth/callback/credentials", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);

/** A chunked body (no Content-Length) of `chunks` × `size` bytes, counting how many chunks were pulled. */
function endless(chunks: number, size: number) {
  const pulled = { n: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      if (pulled.n >= chunks) return c.close();
      pulled.n++;
      c.enqueue(new Uint8Array(size));
    },
  });
  return { stream, pulled };
}

describe("request body limits", () => {
  it("sign-in accepts 16 KB, uploads 20 MB and a little, other API routes 64 KB", () => {
    expect(limitFor("/api/auth/callback/credentials")).toBe(16 * KB);
    expect(limitFor("/api/report-import/preview")).toBeGreaterThan(20 * MB);
    expect(limitFor("/documents/some-report/file")).toBeGreaterThan(20 * MB);
    expect(limitFor("/api/evidence")).toBeGreaterThan(20 * MB);
    expect(limitFor("/api/evidence/some-id")).toBe(64 * KB);
    expect(limitFor("/api/v1/recommendations")).toBe(64 * KB);
    expect(limitFor("/cycles/kz-2011")).toBe(2 * MB);
  });

  it("refuses a declared length over the limit without reading the body", async () => {
    const { stream, pulled } = endless(1000, 1024);
    const answer = await limitedRequest(post(stream, { "content-length": String(150 * MB) }), 16 * KB);
    expect(answer).toBeInstanceOf(Response);
    expect((answer as Response).status).toBe(413);
    expect(pulled.n).toBeLessThanOrEqual(1); // a stream may pre-pull one chunk; nothing more was read
  });

  it("stops reading a chunked body as soon as it passes the limit", async () => {
    const { stream, pulled } = endless(150 * 1024, 1024); // 150 MB if read to the end
    await expect(readBodyLimited(post(stream), 16 * KB)).rejects.toBeInstanceOf(BodyTooLarge);
    expect(pulled.n).toBeLessThan(20);
  });

  it("a body under the limit arrives whole, readable again by the handler", async () => {
    const form = "csrfToken=abc&email=a%40b.example&password=secret";
    const limited = await limitedRequest(post(form, { "content-type": "application/x-www-form-urlencoded" }), 16 * KB);
    expect(limited).toBeInstanceOf(Request);
    const fd = await (limited as Request).formData();
    expect(fd.get("email")).toBe("a@b.example");
  });

  it("a lying Content-Length (smaller than the body) does not let more through", async () => {
    const { stream } = endless(100, 1024);
    await expect(readBodyLimited(post(stream, { "content-length": "10" }), 16 * KB)).rejects.toBeInstanceOf(
      BodyTooLarge,
    );
  });
});
