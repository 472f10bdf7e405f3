import type { Finding } from '../../../model/finding';
import type { WorkbookSnapshot } from '../../../model/snapshot';
import { mappingOf } from '../../../layout/validateAny';
import { validateLayout } from '../../../layout/validateLayout';
import type { LayoutMapping } from '../../../layout/mapping';
import { hasTemplateSheet, validateSnapshot } from '../../../validation';
import { readXlsxSnapshot, ZipPackage } from '../fastReader';
import { describeNonXlsx, NOT_XLSX } from '../inputKind';

/**
 * Opening one workbook for checking, the same for the page and the CLI: bytes → the
 * streaming reader (only the parts the checks use) → snapshot → the template's checks, or
 * her own table read through the layout reader. Browser-safe (fflate, no Node modules).
 */

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/** Everything the page shows after opening one file. */
export interface CheckedFile {
  name: string;
  snapshot: WorkbookSnapshot;
  findings: Finding[];
  /** A template workbook, or her own table read through src/layout. */
  kind: 'template' | 'own-layout';
  /** The mapping her own table was read through (own-layout only). */
  layout?: LayoutMapping;
}

export interface CheckOptions {
  /** A corrected mapping (from the mapping review or `mtqg map`), used instead of the one found. */
  mapping?: LayoutMapping;
  /** false: only a template workbook is accepted (appendix). Default true. */
  ownLayout?: boolean;
  /**
   * Asked once the snapshot is read and the workbook is her own table, before the layout reader
   * runs (it needs several times the snapshot's memory): false → FileTooBigError. From the
   * estimate in memoryNeed.ts: the CLI's against its heap left, the page's against the browser's limit.
   */
  fitsOwnLayout?: () => boolean;
}

/** The file cannot be checked: one plain line, Vietnamese first (not xlsx, .xls/.ods, password, no table). */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

/**
 * The workbook is larger than this process's memory can read (the CLI words it with the file's size).
 * `othersOpen`: it would fit alone, not beside the files already open (the page holds every file she opened).
 */
export class FileTooBigError extends UnreadableFileError {
  constructor(name: string, othersOpen = false) {
    super(
      othersOpen
        ? `Không đủ bộ nhớ cho tệp này khi các tệp khác đang mở; đóng bớt tệp rồi mở lại / not enough memory for this workbook beside the files already open: close some of them and open it again: ${name}`
        : `Tệp quá lớn so với bộ nhớ máy này; tách kế hoạch thành nhiều tệp / the workbook is too big for this machine's memory: split the plan into several files: ${name}`,
    );
    this.name = 'FileTooBigError';
  }
}

export const NO_PLAN_TABLE = (name: string) =>
  `Không phải tệp mẫu mtqg và không thấy bảng kế hoạch vốn (hàng tiêu đề STT + Nội dung) / not an mtqg planning workbook and no plan table found (STT + content headers): ${name}`;

export const NOT_TEMPLATE = (name: string) =>
  `Không phải tệp mẫu kế hoạch mtqg (không có trang mẫu hay dấu nhận biết); bảng tính riêng: mtqg validate / mtqg import / not an mtqg planning workbook (no template sheet or marker); for your own table use mtqg validate or mtqg import: ${name}`;

export function isOutOfMemory(err: unknown): boolean {
  return (
    err instanceof RangeError &&
    /allocation|Invalid (string|array|typed array) length|Array buffer allocation|memory/i.test(err.message)
  );
}

/** The package of a file's bytes (fflate inflates); not a zip → the plain message. */
export function openPackage(file: OpenedFile): ZipPackage {
  const plain = describeNonXlsx(file.bytes, file.name);
  if (plain) throw new UnreadableFileError(plain);
  try {
    return new ZipPackage(file.bytes);
  } catch {
    throw new UnreadableFileError(NOT_XLSX(file.name));
  }
}

/** Reads and checks an opened package; `name` is what messages call the file. */
export function checkPackage(pkg: ZipPackage, name: string, opts: CheckOptions = {}): CheckedFile {
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = readXlsxSnapshot(pkg).snapshot;
  } catch (err) {
    if (isOutOfMemory(err)) throw new FileTooBigError(name);
    throw new UnreadableFileError(NOT_XLSX(name));
  }
  const template = hasTemplateSheet(snapshot);
  if ((opts.ownLayout ?? true) && (opts.mapping || !template)) {
    if (opts.fitsOwnLayout && !opts.fitsOwnLayout()) throw new FileTooBigError(name);
    const layout = opts.mapping ?? mappingOf(snapshot);
    if (!layout.tables.length) throw new UnreadableFileError(NO_PLAN_TABLE(name));
    return { name, snapshot, findings: validateLayout(snapshot, layout), kind: 'own-layout', layout };
  }
  if (!template) throw new UnreadableFileError(NOT_TEMPLATE(name));
  return { name, snapshot, findings: validateSnapshot(snapshot), kind: 'template' };
}

export function checkFile(file: OpenedFile, opts: CheckOptions = {}): CheckedFile {
  return checkPackage(openPackage(file), file.name, opts);
}
