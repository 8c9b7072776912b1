// DOCX and XLSX files are ZIP archives. A 20 MB upload can inflate to gigabytes (a "zip bomb") and hold
// millions of entries, and the libraries that read them (mammoth, exceljs) inflate everything in memory.
// So before any of them sees a file, its central directory is read here (no inflating) and the archive is
// refused when it declares too many entries, too much data, or an entry compressed beyond what text and
// images ever are (ASVS 4.0 12.1.2).
//
// This reads the sizes the archive declares. A forged archive could declare small sizes and hold more;
// the ratio limit still bounds what an honest-looking entry may claim, and the request body limit bounds
// the compressed input.

export const ZIP_LIMITS = {
  maxEntries: 5_000,
  maxUncompressedBytes: 250 * 1024 * 1024,
  // Office XML compresses about 10:1, repetitive XML up to ~100:1; bombs reach 1000:1 and more.
  maxRatio: 200,
};

export class UnsafeArchiveError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 65_535); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

interface Directory {
  entries: number;
  offset: number;
}

function directoryOf(view: DataView): Directory | string {
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return "it is not a complete ZIP archive";
  let entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return "its table of contents is damaged";
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) {
      return "its table of contents is damaged";
    }
    entries = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  return { entries, offset };
}

/** The uncompressed and compressed sizes of an entry, reading the ZIP64 extra field when they overflow. */
function sizesOf(view: DataView, at: number, extraStart: number, extraEnd: number): [number, number] {
  let size = view.getUint32(at + 24, true);
  let compressed = view.getUint32(at + 20, true);
  if (size !== 0xffffffff && compressed !== 0xffffffff) return [size, compressed];
  for (let p = extraStart; p + 4 <= extraEnd;) {
    const id = view.getUint16(p, true);
    const length = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      if (size === 0xffffffff && q + 8 <= extraEnd) {
        size = Number(view.getBigUint64(q, true));
        q += 8;
      }
      if (compressed === 0xffffffff && q + 8 <= extraEnd) compressed = Number(view.getBigUint64(q, true));
      break;
    }
    p += 4 + length;
  }
  return [size, compressed];
}

/** Why the archive must not be opened, in words for the person who uploaded it; null when it may be. */
export function zipProblem(bytes: Uint8Array, limits = ZIP_LIMITS): string | null {
  if (bytes.length < 22) return "it is not a complete ZIP archive";
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = directoryOf(view);
  if (typeof dir === "string") return dir;
  if (dir.entries > limits.maxEntries) {
    return `it holds ${dir.entries.toLocaleString("en")} parts; at most ${limits.maxEntries.toLocaleString("en")} are accepted`;
  }
  let total = 0;
  let at = dir.offset;
  for (let i = 0; i < dir.entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) return "its table of contents is damaged";
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const extraStart = at + 46 + nameLength;
    const [size, compressed] = sizesOf(view, at, extraStart, Math.min(extraStart + extraLength, view.byteLength));
    total += size;
    if (total > limits.maxUncompressedBytes) {
      return `it would unpack to more than ${limits.maxUncompressedBytes / 1024 / 1024} MB`;
    }
    if (size > 1024 * 1024 && size > Math.max(compressed, 1) * limits.maxRatio) {
      return "one of its parts is compressed far beyond what documents are (a so-called zip bomb)";
    }
    at = extraStart + extraLength + commentLength;
  }
  return null;
}

/** Throws UnsafeArchiveError with the reason, for code paths that already catch unreadable files. */
export function assertSafeZip(bytes: Uint8Array, what: string): void {
  const problem = zipProblem(bytes);
  if (problem) throw new UnsafeArchiveError(`This ${what} cannot be opened: ${problem}.`);
}
