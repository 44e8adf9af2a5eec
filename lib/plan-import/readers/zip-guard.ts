import { inflateRaw } from "node:zlib";
import { promisify } from "node:util";
import { IMPORT_LIMITS } from "./limits";

const inflateRawAsync = promisify(inflateRaw);

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

/** Why a zip is refused: a bomb-like size, a malformed or unsupported structure. */
export type ZipProblem =
  | { kind: "too_large"; declaredBytes: number }
  | { kind: "too_many_entries"; entries: number }
  | { kind: "size_mismatch"; entry: string }
  | { kind: "malformed" };

export class ZipRefused extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind);
    this.name = "ZipRefused";
  }
}

/** The central directory, read without inflating anything. ZIP64 and encryption are refused as malformed. */
function readCentralDirectory(buf: Buffer): ZipEntry[] {
  const floor = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= floor; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipRefused({ kind: "malformed" });
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdOffset + cdSize > buf.length)
    throw new ZipRefused({ kind: "malformed" });
  if (count > IMPORT_LIMITS.maxZipEntries) throw new ZipRefused({ kind: "too_many_entries", entries: count });
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw new ZipRefused({ kind: "malformed" });
    const nameLength = buf.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      encrypted: (buf.readUInt16LE(at + 8) & 1) === 1,
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      declaredSize: buf.readUInt32LE(at + 24),
      localHeaderOffset: buf.readUInt32LE(at + 42),
      name: buf.toString("utf8", at + 46, at + 46 + nameLength),
    };
    if (
      entry.compressedSize === 0xffffffff ||
      entry.declaredSize === 0xffffffff ||
      entry.localHeaderOffset === 0xffffffff
    ) {
      throw new ZipRefused({ kind: "malformed" });
    }
    entries.push(entry);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/** Inflates one entry with its declared size as the hard output limit: a lie costs nothing. */
async function verifyEntry(buf: Buffer, entry: ZipEntry): Promise<void> {
  const local = entry.localHeaderOffset;
  if (entry.encrypted || local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL)
    throw new ZipRefused({ kind: "malformed" });
  const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipRefused({ kind: "malformed" });
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.declaredSize) throw new ZipRefused({ kind: "size_mismatch", entry: entry.name });
    return;
  }
  if (entry.method !== 8) throw new ZipRefused({ kind: "malformed" });
  try {
    // One byte more than declared is enough to catch a lie; the limit bounds the memory used.
    const out = await inflateRawAsync(data, { maxOutputLength: entry.declaredSize + 1 });
    if (out.length !== entry.declaredSize) throw new ZipRefused({ kind: "size_mismatch", entry: entry.name });
  } catch (error) {
    if (error instanceof ZipRefused) throw error;
    if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new ZipRefused({ kind: "size_mismatch", entry: entry.name });
    }
    throw new ZipRefused({ kind: "malformed" });
  }
}

/**
 * Checks a .docx before any library inflates it: the declared uncompressed total must stay under
 * the limit, and every entry must really inflate to no more than it declares (checked with
 * zlib's output limit, off the main thread). Throws `ZipRefused`.
 */
export async function assertZipWithinLimits(
  bytes: Uint8Array,
  maxBytes: number = IMPORT_LIMITS.maxUnzippedBytes,
): Promise<void> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readCentralDirectory(buf);
  const declaredBytes = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declaredBytes > maxBytes) throw new ZipRefused({ kind: "too_large", declaredBytes });
  for (const entry of entries) await verifyEntry(buf, entry);
}
