import { Deflate } from 'fflate';
import type { DeflateRaw, ZipEntry, ZipPackage } from '../fastReader/zipPackage';

/**
 * Writes a zip as a list of byte chunks: entries of the original package are copied with
 * their compressed data untouched (so every kept part is byte-identical once unzipped);
 * new or changed parts are deflated from text chunks as they come (bounded memory).
 */

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

function crcUpdate(crc: number, data: Uint8Array): number {
  let c = crc ^ -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const le16 = (v: number) => [v & 0xff, (v >>> 8) & 0xff];
const le32 = (v: number) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];

/** 2024-01-01 00:00 in DOS format, for new parts (a fixed time keeps outputs reproducible). */
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

export interface CompressedPart {
  chunks: Uint8Array[];
  crc: number;
  size: number;
  compressedSize: number;
}

/** Deflates text given in pieces, encoding and compressing every ~64 K characters (fflate, or the host's encoder). */
export function compressText(write: (emit: (text: string) => void) => void, deflateRaw?: DeflateRaw): CompressedPart {
  const encoder = new TextEncoder();
  const part: CompressedPart = { chunks: [], crc: 0, size: 0, compressedSize: 0 };
  const take = (chunk: Uint8Array) => {
    part.chunks.push(chunk);
    part.compressedSize += chunk.length;
  };
  const deflate = deflateRaw
    ? { push: (bytes: Uint8Array, final: boolean) => take(deflateRaw(bytes, final)) }
    : new Deflate({ level: 6 }, take);
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = (final: boolean) => {
    const bytes = encoder.encode(pending.join(''));
    pending = [];
    pendingLength = 0;
    part.size += bytes.length;
    part.crc = crcUpdate(part.crc, bytes);
    deflate.push(bytes, final);
  };
  write((text) => {
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength > 1 << 16) flush(false);
  });
  flush(true);
  return part;
}

export class ZipWriter {
  readonly chunks: Uint8Array[] = [];
  private offset = 0;
  private central: Uint8Array[] = [];
  private count = 0;

  private push(b: Uint8Array): void {
    this.chunks.push(b);
    this.offset += b.length;
  }

  /** Copies an entry of `pkg` as stored (no recompression). */
  copy(pkg: ZipPackage, entry: ZipEntry): void {
    const nameBytes = new TextEncoder().encode(entry.name);
    const flags = u16(entry.central, 8) & ~0x0008; // sizes are in the header, no data descriptor
    const local = Uint8Array.from([
      ...le32(0x04034b50),
      ...le16(u16(entry.central, 6)),
      ...le16(flags),
      ...le16(entry.method),
      ...le16(u16(entry.central, 12)),
      ...le16(u16(entry.central, 14)),
      ...le32(entry.crc),
      ...le32(entry.compressedSize),
      ...le32(entry.size),
      ...le16(nameBytes.length),
      ...le16(0),
    ]);
    const at = this.offset;
    this.push(local);
    this.push(nameBytes);
    this.push(pkg.raw(entry));
    const central = entry.central.slice();
    central.set(le16(flags), 8);
    central.set(le32(at), 42);
    this.central.push(central);
    this.count++;
  }

  /** Adds a part from text chunks (deflated as they arrive). */
  addText(name: string, write: (emit: (text: string) => void) => void): void {
    this.addCompressed(name, compressText(write));
  }

  addCompressed(name: string, part: CompressedPart): void {
    this.addRaw(name, part.chunks, part);
  }

  private addRaw(
    name: string,
    compressed: Uint8Array[],
    info: { crc: number; size: number; compressedSize: number },
  ): void {
    const nameBytes = new TextEncoder().encode(name);
    const flags = 0x0800; // UTF-8 names
    const head = [
      ...le16(20),
      ...le16(flags),
      ...le16(8),
      ...le16(DOS_TIME),
      ...le16(DOS_DATE),
      ...le32(info.crc),
      ...le32(info.compressedSize),
      ...le32(info.size),
      ...le16(nameBytes.length),
      ...le16(0),
    ];
    const at = this.offset;
    this.push(Uint8Array.from([...le32(0x04034b50), ...head]));
    this.push(nameBytes);
    for (const c of compressed) this.push(c);
    const central = new Uint8Array(46 + nameBytes.length);
    central.set([
      ...le32(0x02014b50),
      ...le16(20),
      ...head,
      ...le16(0),
      ...le16(0),
      ...le16(0),
      ...le32(0),
      ...le32(at),
    ]);
    central.set(nameBytes, 46);
    this.central.push(central);
    this.count++;
  }

  /** Ends the zip; returns all chunks. */
  finish(): Uint8Array[] {
    const start = this.offset;
    let size = 0;
    for (const c of this.central) {
      this.push(c);
      size += c.length;
    }
    this.push(
      Uint8Array.from([
        ...le32(0x06054b50),
        ...le16(0),
        ...le16(0),
        ...le16(this.count),
        ...le16(this.count),
        ...le32(size),
        ...le32(start),
        ...le16(0),
      ]),
    );
    return this.chunks;
  }
}

function u16(d: Uint8Array, o: number): number {
  return d[o] | (d[o + 1] << 8);
}
