import { Inflate, inflateSync } from 'fflate';

/**
 * The entries of a zip (an OOXML package) read from its central directory, so parts can
 * be opened in any order and one at a time, each inflated in chunks (bounded memory).
 * Also what the whole-package writer copies byte for byte: the raw entry records.
 */

export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  /** Offset of the local file header. */
  localOffset: number;
  /** Offset of the compressed data. */
  dataOffset: number;
  /** The central directory record, byte for byte (copied as is when the entry is kept). */
  central: Uint8Array;
}

const u16 = (d: Uint8Array, o: number) => d[o] | (d[o + 1] << 8);
const u32 = (d: Uint8Array, o: number) => (d[o] | (d[o + 1] << 8) | (d[o + 2] << 16)) + d[o + 3] * 0x1000000;

/**
 * A faster raw-DEFLATE decoder the host may supply (Node's zlib); fflate otherwise. With
 * `pieces`, it can also inflate a part piece by piece (a big sheet then never whole in memory).
 */
export type InflateRaw = ((raw: Uint8Array, size: number) => Uint8Array) & {
  pieces?: (raw: Uint8Array, onPiece: (piece: Uint8Array) => void) => void;
};

/**
 * A faster raw-DEFLATE encoder the host may supply for the parts written into a copy of the
 * package (Node's zlib, several times fflate's speed): one piece of a part at a time, the
 * output of every piece but the last ending on a sync flush so the pieces join into one stream.
 */
export type DeflateRaw = (piece: Uint8Array, final: boolean) => Uint8Array;

export class ZipPackage {
  readonly entries = new Map<string, ZipEntry>();
  /** Entry names in the order of the central directory. */
  readonly order: string[] = [];

  constructor(
    readonly data: Uint8Array,
    private readonly inflateRaw?: InflateRaw,
    readonly deflateRaw?: DeflateRaw,
  ) {
    let eocd = -1;
    for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
      if (data[i] === 0x50 && data[i + 1] === 0x4b && data[i + 2] === 5 && data[i + 3] === 6) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new PackageError('no zip end record');
    const count = u16(data, eocd + 10);
    let p = u32(data, eocd + 16);
    if (count === 0xffff || p === 0xffffffff) throw new PackageError('zip64 packages are not supported');
    const decoder = new TextDecoder();
    for (let i = 0; i < count; i++) {
      if (p + 46 > data.length || u32(data, p) !== 0x02014b50) throw new PackageError('bad central directory');
      const nameLen = u16(data, p + 28);
      const extraLen = u16(data, p + 30);
      const commentLen = u16(data, p + 32);
      const localOffset = u32(data, p + 42);
      const name = decoder.decode(data.subarray(p + 46, p + 46 + nameLen));
      if (localOffset + 30 > data.length || u32(data, localOffset) !== 0x04034b50) {
        throw new PackageError(`bad local header for ${name}`);
      }
      const dataOffset = localOffset + 30 + u16(data, localOffset + 26) + u16(data, localOffset + 28);
      const entry: ZipEntry = {
        name,
        method: u16(data, p + 10),
        crc: u32(data, p + 16),
        compressedSize: u32(data, p + 20),
        size: u32(data, p + 24),
        localOffset,
        dataOffset,
        central: data.subarray(p, p + 46 + nameLen + extraLen + commentLen),
      };
      if (entry.dataOffset + entry.compressedSize > data.length) throw new PackageError(`truncated part ${name}`);
      // Part names are case-insensitive in OPC.
      this.entries.set(name.toLowerCase(), entry);
      this.order.push(name);
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  get(name: string): ZipEntry | undefined {
    return this.entries.get(name.replace(/^\//, '').toLowerCase());
  }

  /** Sum of the uncompressed sizes of the given parts (to refuse what memory cannot hold). */
  uncompressedSize(names: string[]): number {
    return names.reduce((sum, n) => sum + (this.get(n)?.size ?? 0), 0);
  }

  /** The stored bytes of an entry, as compressed. */
  raw(entry: ZipEntry): Uint8Array {
    return this.data.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  }

  /** The whole part as bytes (small parts: workbook, rels, styles). */
  bytes(name: string): Uint8Array | null {
    const entry = this.get(name);
    if (!entry) return null;
    const raw = this.raw(entry);
    if (entry.method === 0) return raw;
    if (entry.method !== 8) throw new PackageError(`unsupported compression in ${entry.name}`);
    return this.inflateRaw ? this.inflateRaw(raw, entry.size) : inflateSync(raw, { out: new Uint8Array(entry.size) });
  }

  /**
   * The part's bytes piece by piece when the host inflates in pieces (else the whole part
   * as one piece, as `bytes` gives it). False when there is no such part.
   */
  streamBytes(name: string, onPiece: (piece: Uint8Array) => void): boolean {
    const entry = this.get(name);
    if (!entry) return false;
    if (entry.method === 8 && this.inflateRaw?.pieces) this.inflateRaw.pieces(this.raw(entry), onPiece);
    else onPiece(this.bytes(name)!);
    return true;
  }

  text(name: string): string | null {
    const b = this.bytes(name);
    return b ? new TextDecoder().decode(b) : null;
  }

  /** Streams a part as text chunks (UTF-8 decoded across chunk boundaries). */
  streamText(name: string, onText: (chunk: string) => void, chunkSize = 1 << 16): boolean {
    const entry = this.get(name);
    if (!entry) return false;
    if (entry.method !== 0 && entry.method !== 8) throw new PackageError(`unsupported compression in ${entry.name}`);
    const decoder = new TextDecoder();
    let raw = this.raw(entry);
    if (entry.method === 8 && !this.inflateRaw) {
      const inflate = new Inflate((chunk, final) => onText(decoder.decode(chunk, { stream: !final })));
      if (raw.length === 0) inflate.push(raw, true);
      for (let i = 0; i < raw.length; i += chunkSize) {
        inflate.push(raw.subarray(i, i + chunkSize), i + chunkSize >= raw.length);
      }
      return true;
    }
    // The host's native decoder inflates the whole part at once (several times faster than
    // fflate); the text is still decoded and parsed chunk by chunk.
    if (entry.method === 8) raw = this.inflateRaw!(raw, entry.size);
    for (let i = 0; i < raw.length; i += chunkSize) {
      onText(decoder.decode(raw.subarray(i, i + chunkSize), { stream: true }));
    }
    onText(decoder.decode());
    return true;
  }
}
