import { appendixSheets } from '../../../appendix';
import type { Finding } from '../../../model/finding';
import type { WorkbookSnapshot } from '../../../model/snapshot';
import { SheetExistsError } from '../../types';
import type { ZipPackage } from '../fastReader';
import { PackageKeptWholeError, prepareSheetAddition } from '../packageWriter';
import { concatBytes } from './bytes';
import { checkPackage, openPackage, type OpenedFile } from './checkFile';

/** The appendix copy cannot be written (her sheet has an appendix's name, or the package cannot be kept whole). */
export class AppendixError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AppendixError';
  }
}

/** Refused: the workbook still has errors and the officer did not confirm "unverified". */
export class AppendixRefusedError extends AppendixError {
  constructor(readonly errors: Finding[]) {
    super(
      `Bảng tính còn ${errors.length} lỗi nên không tạo phụ biểu; sửa lỗi hoặc xác nhận tạo phụ biểu "số liệu chưa được kiểm tra" / ` +
        `the workbook has ${errors.length} errors, no appendix written; fix them or confirm appendices marked unverified`,
    );
    this.name = 'AppendixRefusedError';
  }
}

const MACRO_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

/** Whether the package holds macros (its copy must be saved as .xlsm). */
export function isMacroPackage(pkg: ZipPackage): boolean {
  return (pkg.text('[Content_Types].xml') ?? '').includes(MACRO_TYPE);
}

/**
 * Her package with the appendix sheets added (our own earlier appendices replaced), as
 * zip chunks: shared by `mtqg appendix` (which streams them to disk) and the page.
 */
export function appendixChunks(
  pkg: ZipPackage,
  snapshot: WorkbookSnapshot,
  opts: { unverified: boolean },
): Uint8Array[] {
  return prepareAppendix(pkg, snapshot, opts)();
}

/**
 * The same in two steps: the appendix model and the sheet-name checks read the snapshot now;
 * the writer returned holds neither the snapshot nor a built plan, and builds one appendix
 * sheet at a time (200,000 lines: the snapshot, ~0.5 GB, is free by then if the caller lets go).
 */
export function prepareAppendix(
  pkg: ZipPackage,
  snapshot: WorkbookSnapshot,
  opts: { unverified: boolean },
): () => Uint8Array[] {
  const write = prepareSheets(pkg, snapshot, opts.unverified);
  return () => asAppendixError(write);
}

/** Its own function: a closure here holds the snapshot, and the writer must not share it. */
function prepareSheets(pkg: ZipPackage, snapshot: WorkbookSnapshot, unverified: boolean): () => Uint8Array[] {
  // The user's package kept whole: only the appendix sheets are added (or our own replaced).
  return asAppendixError(() => prepareSheetAddition(pkg, snapshot, appendixSheets(snapshot, { unverified })));
}

function asAppendixError<T>(step: () => T): T {
  try {
    return step();
  } catch (err) {
    if (err instanceof SheetExistsError) {
      throw new AppendixError(
        `Trang tính của người dùng trùng tên phụ biểu, không ghi đè: ${err.names.join(', ')}; đổi tên trang đó rồi chạy lại / ` +
          `a user sheet has an appendix name and is not overwritten: ${err.names.join(', ')}; rename it and retry`,
      );
    }
    if (err instanceof PackageKeptWholeError) throw new AppendixError(err.message);
    throw err;
  }
}

/**
 * Her workbook plus the appendix sheets, as `mtqg appendix` writes it. Refused (with the
 * errors) while the check finds errors, unless `unverified` (the appendices then say so).
 * .xlsm stays .xlsm: name the download after her file's extension.
 */
export function appendixCopy(file: OpenedFile, opts: { unverified?: boolean } = {}): Uint8Array {
  const pkg = openPackage(file);
  const { snapshot, findings } = checkPackage(pkg, file.name, { ownLayout: false });
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0 && !opts.unverified) throw new AppendixRefusedError(errors);
  return concatBytes(appendixChunks(pkg, snapshot, { unverified: errors.length > 0 }));
}
