import { describe, expect, it } from "vitest";
import { cacheKey, cachedFile, keepFile, keepWhileStreaming } from "./file-cache";

describe("the cache of finished report files", () => {
  const key = (n: number) =>
    cacheKey({ format: "pdf", fingerprint: `f${n}`, layout: "tracker", paper: "a4", lang: "en" });
  it("gives back a file by what it shows, and forgets the least recently used first", () => {
    const at = new Date("2026-11-30T12:00:00Z");
    for (let n = 0; n < 16; n++) keepFile(key(n), { bytes: Buffer.from(`file ${n}`), generatedAt: at });
    expect(cachedFile(key(0))?.bytes.toString()).toBe("file 0"); // now the most recently used
    keepFile(key(16), { bytes: Buffer.from("file 16"), generatedAt: at });
    expect(cachedFile(key(1))).toBeNull();
    expect(cachedFile(key(0))?.generatedAt).toEqual(at);
    expect(cacheKey({ format: "pdf", fingerprint: "f", layout: "tracker", paper: "letter", lang: "en" })).not.toBe(
      cacheKey({ format: "pdf", fingerprint: "f", layout: "tracker", paper: "a4", lang: "en" }),
    );
  });
  it("keeps each language's file apart", () => {
    const of = (lang: string) => cacheKey({ format: "pdf", fingerprint: "f", layout: "tracker", paper: "a4", lang });
    expect(new Set([of("en"), of("ru"), of("kk")]).size).toBe(3);
  });
  it("does not keep an oversized file", () => {
    keepFile(key(99), { bytes: Buffer.alloc(9 * 1024 * 1024), generatedAt: new Date() });
    expect(cachedFile(key(99))).toBeNull();
  });
  it("keeps a streamed file once the reader has it all", async () => {
    const k = cacheKey({ format: "csv", fingerprint: "stream", layout: "tracker", paper: "a4", lang: "en" });
    const source = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode("a,b\r\n"));
        c.enqueue(new TextEncoder().encode("1,2\r\n"));
        c.close();
      },
    });
    const passed = keepWhileStreaming(source, k, new Date());
    expect(cachedFile(k)).toBeNull(); // not before it is complete
    expect(await new Response(passed).text()).toBe("a,b\r\n1,2\r\n");
    expect(cachedFile(k)?.bytes.toString()).toBe("a,b\r\n1,2\r\n");
  });
});
