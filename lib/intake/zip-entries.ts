import { inflateRawSync } from "node:zlib";

/**
 * Just enough of a zip reader to check a .docx before mammoth unpacks it:
 * lists every entry as jszip (mammoth's unzipper) will find it, and unpacks
 * one with a cap on the bytes it may produce. Layouts jszip would read in
 * another way than this (data before the archive, zip64 records,
 * encryption, other compression) are refused, so whatever passes here is
 * exactly what mammoth will read.
 */

export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As the central directory declares it; not to be trusted. */
  declaredSize: number;
  /** Where the entry's data starts in the archive. */
  dataStart: number;
};

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const MAX_32 = 0xffffffff;

/** The zip is damaged or laid out in a way this reader does not follow. */
export class ZipFormatError extends Error {}

function fail(reason: string): never {
  throw new ZipFormatError(reason);
}

/**
 * Every entry of the archive's central directory. Throws ZipFormatError on a
 * damaged archive or one laid out unusually (see above).
 */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // jszip takes the last end-of-central-directory signature in the file.
  let end = bytes.byteLength - 4;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0 || end + 22 > bytes.byteLength) fail("no end of central directory");
  const records = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) fail("multi-disk archive");
  if (records === 0xffff || directorySize === MAX_32 || directoryStart === MAX_32) fail("zip64 archive");
  // Anything else means data before the archive, which jszip reads around.
  if (directoryStart + directorySize !== end) fail("central directory not where declared");

  const entries: ZipEntry[] = [];
  let at = directoryStart;
  // jszip reads headers for as long as their signature repeats, whatever the count says.
  while (at + 46 <= end && view.getUint32(at, true) === CENTRAL_FILE_HEADER) {
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeader = view.getUint32(at + 42, true);
    const extraStart = at + 46 + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > end) fail("central header overruns the directory");
    if (flags & 0x1) fail("encrypted entry");
    if (method !== 0 && method !== 8) fail(`compression method ${method}`);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, extraStart));
    // Real values need zip64 only past 4 GB; a .docx within the upload limit never does.
    if (compressedSize === MAX_32 || declaredSize === MAX_32 || localHeader === MAX_32) fail(`zip64 entry ${name}`);
    if (localHeader + 30 > directoryStart || view.getUint32(localHeader, true) !== LOCAL_FILE_HEADER) fail(`no local header for ${name}`);
    // The data follows the local header's own name and extra field, as jszip reads them.
    const dataStart = localHeader + 30 + view.getUint16(localHeader + 26, true) + view.getUint16(localHeader + 28, true);
    if (dataStart + compressedSize > directoryStart) fail(`${name} overruns the archive`);
    entries.push({ name, method, compressedSize, declaredSize, dataStart });
    at = next;
  }
  if (at !== end || entries.length !== records) fail("central directory does not match its count");
  return entries;
}

/**
 * Unpacks one entry, or returns null once it would pass `maxBytes` (a
 * deflate stream can grow 1,000 times: the declared size is not checked,
 * the output is). Throws ZipFormatError on a damaged entry. Synchronous: a
 * zip may hold 50,000 tiny entries, and a round trip to the thread pool for
 * each took 3 s where this takes 0.3.
 */
export function unpackZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Buffer | null {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + entry.dataStart, entry.compressedSize);
  if (entry.method === 0) return data.byteLength > maxBytes ? null : data;
  try {
    const unpacked = inflateRawSync(data, { maxOutputLength: maxBytes + 1 });
    return unpacked.byteLength > maxBytes ? null : unpacked;
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw new ZipFormatError(`${entry.name} is damaged`, { cause: error });
  }
}
