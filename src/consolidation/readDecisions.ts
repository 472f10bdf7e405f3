import { findKeyRowInGrid } from '../domain/keyRow';
import { TYPED_SOURCE_KEYS } from '../domain/sources';
import { a1 } from '../model/a1';
import { cellAt, rowCount, type WorkbookSnapshot } from '../model/snapshot';
import { readCellNumber } from '../validation/cellNumber';
import { UNIT_ALLOCATION_SHEET_ID, UNIT_ALLOCATION_SHEET_NAME } from '../templates/unitAllocationSheet';
import { markerOf, topTexts } from '../validation/workbookModel';
import type { Amounts } from './types';

/** One unit's row on the upper level's "Giao vốn theo đơn vị" (amounts in the upper workbook's unit). */
export interface UnitDecision {
  name: string;
  /** "Giao vốn theo đơn vị!B8": where the row is, for messages. */
  ref: string;
  amounts: Amounts;
}

/** Folds a unit name for matching: case, accents, "đ" and spacing do not count. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The rows of "Giao vốn theo đơn vị" (found by name or marker), keyed by folded unit name;
 * null when the workbook has no such sheet. Blank amounts are not given.
 */
export function readUnitDecisions(snapshot: WorkbookSnapshot): Map<string, UnitDecision> | null {
  const sheet =
    snapshot.sheets.find((s) => s.name === UNIT_ALLOCATION_SHEET_NAME) ??
    snapshot.sheets.find((s) => markerOf(s)?.sheetId === UNIT_ALLOCATION_SHEET_ID);
  if (!sheet) return null;
  const keys = findKeyRowInGrid(topTexts(sheet), ['DON_VI']);
  if (!keys) return null;
  const nameCol = keys.columns.get('DON_VI')!;
  const out = new Map<string, UnitDecision>();
  for (let r = keys.row + 1; r < rowCount(sheet); r++) {
    const cell = cellAt(sheet, r, nameCol);
    const name = cell.t === 's' ? String(cell.v).trim() : '';
    if (!name || foldName(name) === 'tong cong' || out.has(foldName(name))) continue;
    const amounts: Amounts = {};
    for (const key of TYPED_SOURCE_KEYS) {
      const col = keys.columns.get(key);
      if (col === undefined) continue;
      const n = readCellNumber(cellAt(sheet, r, col));
      if (n.state === 'number') amounts[key] = n.value;
    }
    out.set(foldName(name), { name, ref: `${sheet.name}!${a1(r, nameCol)}`, amounts });
  }
  return out;
}
