import * as os from 'os';
import * as v8 from 'v8';
import * as zlib from 'zlib';
import { NOT_XLSX, readInputFile } from '../host/xlsx/fileIo';
import { readableSize, readXlsxSnapshot, ZipPackage } from '../host/xlsx/fastReader';
import { hasTemplateSheet, validateSnapshot } from '../validation';
import type { Finding } from '../model/finding';
import { mappingOf } from '../layout/validateAny';
import { validateLayout } from '../layout/validateLayout';
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
 * Heap bytes a validation needs per byte of sheet XML (snapshot objects, formula texts, the
 * checks' model). Measured with node --max-old-space-size on the bench workbooks: 12,000
 * lines (9 MB of XML) fail at --max-old-space-size=48 (a 100 MB heap limit) and pass at 96.
 */
export const MEMORY_PER_XML_BYTE = 12;

/**
 * Load → snapshot → check, the one path every command takes to read a workbook: the
 * streaming reader made for checking (src/host/xlsx/fastReader), which opens only the
 * parts the checks use. `ownLayout`: a workbook not made from the template is read through
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
    pkg = new ZipPackage(data, (raw) => zlib.inflateRawSync(raw));
  } catch {
    throw new CliError(NOT_XLSX(file), EXIT.unusable);
  }
  assertFitsInMemory(file, pkg);
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = readXlsxSnapshot(pkg).snapshot;
  } catch (err) {
    if (isOutOfMemory(err)) throw tooBig(file);
    throw new CliError(NOT_XLSX(file), EXIT.unusable);
  }
  const template = hasTemplateSheet(snapshot);
  if (ownLayout && (mapping || !template)) {
    const layout = mapping ?? mappingOf(snapshot);
    if (!layout.tables.length) {
      throw new CliError(
        `Không phải tệp mẫu mtqg và không thấy bảng kế hoạch vốn (hàng tiêu đề STT + Nội dung) / not an mtqg planning workbook and no plan table found (STT + content headers): ${file}`,
        EXIT.unusable,
      );
    }
    return { data, pkg, snapshot, findings: validateLayout(snapshot, layout), layout };
  }
  if (!template) {
    throw new CliError(
      `Không phải tệp mẫu kế hoạch mtqg (không có trang mẫu hay dấu nhận biết); bảng tính riêng: mtqg validate / mtqg import / not an mtqg planning workbook (no template sheet or marker); for your own table use mtqg validate or mtqg import: ${file}`,
      EXIT.unusable,
    );
  }
  return { data, pkg, snapshot, findings: validateSnapshot(snapshot) };
}

/** Refuses, before reading, a workbook whose sheets would not fit in this process's memory. */
function assertFitsInMemory(file: string, pkg: ZipPackage): void {
  let size: number;
  try {
    size = readableSize(pkg);
  } catch {
    throw new CliError(NOT_XLSX(file), EXIT.unusable);
  }
  const heap = v8.getHeapStatistics();
  const available = Math.min(heap.heap_size_limit - heap.used_heap_size, os.freemem() + heapFreeSlack());
  if (size * MEMORY_PER_XML_BYTE > available) throw tooBig(file, size);
}

/** The OS may report little free memory while caches can be dropped: count half of the rest. */
function heapFreeSlack(): number {
  return (os.totalmem() - os.freemem()) / 2;
}

export function isOutOfMemory(err: unknown): boolean {
  return (
    err instanceof RangeError &&
    /allocation|Invalid (string|array|typed array) length|Array buffer allocation|memory/i.test(err.message)
  );
}

function tooBig(file: string, size?: number): CliError {
  const mb = size ? ` (${Math.round(size / 1e6)} MB dữ liệu / of sheet data)` : '';
  return new CliError(
    `Tệp quá lớn so với bộ nhớ máy này${mb}; tách kế hoạch thành nhiều tệp hoặc chạy trên máy nhiều bộ nhớ hơn / ` +
      `the workbook is too big for this machine's memory${mb}: split the plan into several files or use a machine with more memory: ${file}`,
    EXIT.unusable,
  );
}
