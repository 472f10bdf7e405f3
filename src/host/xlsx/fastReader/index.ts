import type { SheetSnapshot, WorkbookSnapshot } from '../../../model/snapshot';
import type { PendingFormula } from '../evaluateFormulas';
import { computePendingResults } from '../pendingFormulas';
import { readCellFormats, readSharedStrings, readWorkbookInfo, type WorkbookInfo } from './packageParts';
import { readSheet } from './sheetReader';
import { ZipPackage } from './zipPackage';

export { PackageError, ZipPackage } from './zipPackage';
export type { WorkbookInfo } from './packageParts';

/**
 * The reader made for checking: .xlsx bytes → WorkbookSnapshot, reading only the parts the
 * checks use (workbook, relationships, styles' number formats, shared strings, worksheets)
 * and streaming each sheet through a SAX parser. Drawings, charts, pivots, comments and
 * everything else are never opened, so they cannot break a check. Browser-safe.
 * Formula results the file did not cache are computed (HyperFormula loaded only then).
 */
export interface FastReadResult {
  snapshot: WorkbookSnapshot;
  workbook: WorkbookInfo;
  pkg: ZipPackage;
}

export function readXlsxSnapshot(data: Uint8Array | ZipPackage, sheetNames?: string[]): FastReadResult {
  const pkg = data instanceof ZipPackage ? data : new ZipPackage(data);
  const workbook = readWorkbookInfo(pkg);
  const ctx = {
    strings: readSharedStrings(pkg, workbook),
    formats: readCellFormats(pkg, workbook),
    date1904: workbook.date1904,
  };
  const wanted = sheetNames ? new Set(sheetNames) : null;
  const sheets: SheetSnapshot[] = [];
  const pending: PendingFormula[] = [];
  for (const entry of workbook.sheets) {
    if (wanted && !wanted.has(entry.name)) continue;
    // A sheet listed in the workbook whose part is missing reads as empty (ExcelJS does the same).
    const sheet = pkg.get(entry.path)
      ? readSheet(pkg, entry.path, entry.name, ctx, pending, sheets.length)
      : { name: entry.name, rows: [] };
    sheets.push(sheet);
  }
  computePendingResults(sheets, pending);
  return { snapshot: { sheets }, workbook, pkg };
}

/** Uncompressed bytes of the parts the reader opens (to refuse a file memory cannot hold). */
export function readableSize(pkg: ZipPackage): number {
  const wb = readWorkbookInfo(pkg);
  return pkg.uncompressedSize(wb.sheets.map((s) => s.path)) + pkg.uncompressedSize(['xl/sharedStrings.xml']);
}
