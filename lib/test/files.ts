// Small real files for tests of evidence uploads: images of each accepted kind and the start of a program.
/** A RIFF container of form WEBP holding one lossless (VP8L) chunk, sizes as the format says. */
function webp(data: Buffer): Buffer {
  const chunk = Buffer.concat([Buffer.from("VP8L"), Buffer.alloc(4), data]);
  chunk.writeUInt32LE(data.length, 4);
  const head = Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBP")]);
  head.writeUInt32LE(4 + chunk.length, 4);
  return Buffer.concat([head, chunk]);
}

/** The smallest real images: a 1×1 PNG, a JPEG header with a JFIF segment, a lossless WebP. */
export const IMAGES = {
  png: Buffer.from(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
      "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082",
    "hex",
  ),
  jpeg: Buffer.from("ffd8ffe000104a46494600010100000100010000ffd9", "hex"),
  webp: webp(Buffer.from("2f00000000071011118888fe0700", "hex")),
};

/** The start of a Windows program: "MZ", a DOS stub, then (elsewhere) "PE\0\0". */
export const EXE = Buffer.concat([
  Buffer.from("4d5a90000300000004000000ffff0000b800000000000000400000000000000000", "hex"),
  Buffer.alloc(64),
  Buffer.from("This program cannot be run in DOS mode.\r\r\n$\0\0\0PE\0\0", "latin1"),
]);
