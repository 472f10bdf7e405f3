import * as os from 'os';
import * as v8 from 'v8';
import * as zlib from 'zlib';
import { NOT_XLSX, readInputFile } from '../host/xlsx/fileIo';
import { readableSize, ZipPackage } from '../host/xlsx/fastReader';
import type { InflateRaw } from '../host/xlsx/fastReader/zipPackage';
import { checkPackage, FileTooBigError, isOutOfMemory, UnreadableFileError } from '../host/xlsx/outputs/checkFile';
import { heapNeeded, MEMORY_PER_XML_BYTE, OWN_LAYOUT_PER_XML_BYTE } from '../host/xlsx/outputs/memoryNeed';
import type { Finding } from '../model/finding';
import type { LayoutMapping } from '../layout/mapping';
import type { WorkbookSnapshot } from '../model/snapshot';
import { CliError, EXIT, rethrowFileError } from './errors';

export interface CheckedWorkbook {
  /** The file's bytes, as read (the whole-package writer copies its parts from them). */
  data: Uint8Array;
  pkg: ZipPackage;
  snapshot: WorkbookSnapshot;
  findings: Finding[];
  /** Set when the workbook is an officer's own layout, read through this mapping. */
  layout?: LayoutMapping;
}

export interface LoadOptions {
  /** Read a workbook not made from the template through the layout reader (validate, map, import). */
  ownLayout?: boolean;
  /** A mapping given with --map, used instead of the one the layout reader finds. */
  mapping?: LayoutMapping;
}

/**
 * Whether a workbook of this much sheet XML fits in the heap and memory left (the estimate itself,
 * heapNeeded, is shared with the page's worker: src/host/xlsx/outputs/memoryNeed.ts).
 */
export function fitsInMemory(
  xmlBytes: number,
  heap: { heap_size_limit: number; used_heap_size: number },
  freeMemory: number,
  totalMemory: number,
  perXmlByte = MEMORY_PER_XML_BYTE,
): boolean {
  const available = Math.min(
    heap.heap_size_limit - heap.used_heap_size,
    // The OS may report little free memory while caches can be dropped: count half of the rest.
    freeMemory + (totalMemory - freeMemory) / 2,
  );
  return heapNeeded(xmlBytes, perXmlByte) <= available;
}

/**
 * Load → snapshot → check, the one path every command takes to read a workbook: the file
 * read here (zlib inflates, faster than fflate), then the page's own checkPackage
 * (src/host/xlsx/outputs) over the streaming reader made for checking. `ownLayout`: a workbook not made from the template is read through
 * the layout reader, with the mapping saved in the workbook from the pane's review laid over
 * it (or the mapping given). Not an mtqg workbook, not an .xlsx, or too big
 * for this machine → one-line error, exit 2.
 */
export async function loadAndCheck(
  file: string,
  { ownLayout = false, mapping }: LoadOptions = {},
): Promise<CheckedWorkbook> {
  const data = await readInputFile(file).catch(rethrowFileError);
  let pkg: ZipPackage;
  try {
    pkg = new ZipPackage(data, nodeInflateRaw, nodeDeflateRaw);
  } catch {
    throw new CliError(NOT_XLSX(file), EXIT.unusable);
  }
  const size = assertFitsInMemory(file, pkg);
  const fitsOwnLayout = () =>
    fitsInMemory(size, v8.getHeapStatistics(), os.freemem(), os.totalmem(), OWN_LAYOUT_PER_XML_BYTE);
  try {
    const { snapshot, findings, layout } = checkPackage(pkg, file, { ownLayout, mapping, fitsOwnLayout });
    return { data, pkg, snapshot, findings, ...(layout ? { layout } : {}) };
  } catch (err) {
    if (err instanceof FileTooBigError) throw tooBig(file, size);
    if (err instanceof UnreadableFileError) throw new CliError(err.message, EXIT.unusable);
    throw err;
  }
}

/** Whole parts, and big sheets in pieces of 1 MB of output or so (bounded memory). */
export const nodeInflateRaw: InflateRaw = Object.assign((raw: Uint8Array) => zlib.inflateRawSync(raw), {
  pieces: inflateRawPieces,
});

/**
 * Node's zlib has no public synchronous stream, so this drives its inflater the way
 * `inflateRawSync` does inside (the handle's writeSync and write state), handing each
 * 1 MB of output on before the next overwrites it. Without those internals (another
 * runtime), the part is inflated whole.
 */
function inflateRawPieces(raw: Uint8Array, onPiece: (piece: Uint8Array) => void): void {
  const inflater = zlib.createInflateRaw() as unknown as ZlibInternals;
  const handle = inflater._handle;
  const state = inflater._writeState;
  if (!handle || typeof handle.writeSync !== 'function' || !state) {
    inflater.close();
    onPiece(zlib.inflateRawSync(raw));
    return;
  }
  let error: unknown = null;
  inflater.on('error', (err) => {
    error = err;
  });
  const out = Buffer.allocUnsafe(1 << 20);
  let inOff = 0;
  let availIn = raw.length;
  try {
    for (;;) {
      handle.writeSync(zlib.constants.Z_FINISH, raw, inOff, availIn, out, 0, out.length);
      // Bad data: zlib closes the handle at once and reports the error a tick later.
      if (error || !inflater._handle) throw error instanceof Error ? error : new Error('invalid deflate data');
      const [availOut, availInAfter] = [state[0], state[1]];
      const have = out.length - availOut;
      if (have > 0) onPiece(out.subarray(0, have));
      inOff += availIn - availInAfter;
      availIn = availInAfter;
      // Output room left over: the stream is done (as in zlib's own loop).
      if (availOut !== 0) break;
    }
  } finally {
    inflater.close();
  }
}

interface ZlibInternals {
  _handle?: {
    writeSync(
      flush: number,
      input: Uint8Array,
      inOff: number,
      inLen: number,
      out: Buffer,
      outOff: number,
      outLen: number,
    ): void;
  };
  _writeState?: Uint32Array;
  on(event: 'error', listener: (err: unknown) => void): void;
  close(): void;
}

/** Node's zlib for the parts an appendix writes (a sync flush lets the pieces join into one stream). */
const nodeDeflateRaw = (piece: Uint8Array, final: boolean) =>
  zlib.deflateRawSync(piece, { level: 6, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH });

/**
 * Refuses, before reading, a workbook whose sheets would not fit in this process's memory; else
 * gives their XML in bytes (her own table is asked again once read: fitsOwnLayout).
 */
function assertFitsInMemory(file: string, pkg: ZipPackage): number {
  let size: number;
  try {
    size = readableSize(pkg);
  } catch {
    throw new CliError(NOT_XLSX(file), EXIT.unusable);
  }
  if (!fitsInMemory(size, v8.getHeapStatistics(), os.freemem(), os.totalmem())) throw tooBig(file, size);
  return size;
}

export { isOutOfMemory };

function tooBig(file: string, size?: number): CliError {
  const mb = size ? ` (${Math.round(size / 1e6)} MB dữ liệu / of sheet data)` : '';
  return new CliError(
    `Tệp quá lớn so với bộ nhớ máy này${mb}; tách kế hoạch thành nhiều tệp hoặc chạy trên máy nhiều bộ nhớ hơn / ` +
      `the workbook is too big for this machine's memory${mb}: split the plan into several files or use a machine with more memory: ${file}`,
    EXIT.unusable,
  );
}
