import type ExcelJS from 'exceljs';
import { catalog } from '../../domain/catalog';
import { DETAIL_CODE_PATTERN, MONEY_COLUMN_KEYS, SHEET_NAMES, TOTAL_ROW_CODE } from '../../domain/workbookLayout';
import { buildPlanSheet } from '../../templates/planSheet';
import type { DetailRowSpec } from '../../templates/moneyRows';
import { amountsMovedToNewDetail, checkDetailRowRequest, nextDetailCode } from '../../templates/detailRows';
import { MONEY_LAYOUT, moneyCol } from '../../templates/moneyColumns';
import { planCellMap } from '../../templates/planGrid';
import { shiftRowRefs } from '../../templates/formulas';
import { addPlanSheet, type InternalWorksheet } from './applyPlan';
import { cellText, findKeyRow, findTemplateSheet, isFormulaValue } from './sheetScan';
import { readWorkbookSnapshot } from './readSnapshot';
import { readSettings } from '../../validation';
import { prepareDisbursementDetailRow } from './disbursementDetailRows';

/**
 * Adds a detail row under a leaf of Kế hoạch vốn. ExcelJS does not shift formula
 * references when rows are inserted, so the sheet is rebuilt from its plan with the new
 * detail row and every value the user typed is put back by (row code, column key).
 */

/** A typed value of the old sheet, addressed by its row code and column key (or column number). */
export interface KeptValue {
  code: string;
  column: string;
  value: ExcelJS.CellValue;
}

export function addPlanDetailRow(workbook: ExcelJS.Workbook, leafCode: string, name: string): string {
  const trimmed = checkDetailRowRequest(leafCode, name);
  // Giải ngân (when there) is read and checked first, so a refusal leaves both sheets untouched.
  const addToDisbursement = prepareDisbursementDetailRow(workbook, leafCode);

  const old = findTemplateSheet(workbook, 'plan', SHEET_NAMES.plan);
  if (!old) throw new Error(`Không tìm thấy trang "${SHEET_NAMES.plan}" / plan sheet not found`);
  const keys = findKeyRow(old, 'MA');
  if (!keys) throw new Error(`Trang "${old.name}" thiếu dòng khóa (MA) / key row not found`);

  const { kept, details, codes } = readTypedValues(old, keys);
  const titleBlock = readTitleBlock(old, keys.row);
  const hadDetails = details.some((d) => d.leafCode === leafCode);
  // Numbered after every code on the sheet, so a detail moved elsewhere is never duplicated.
  const newCode = nextDetailCode(leafCode, codes);
  details.push({ leafCode, name: trimmed, code: newCode });
  addToDisbursement?.check(newCode);

  const plan = { ...buildPlanSheet(readWorkbookSettings(workbook), details), name: old.name };
  const orderNo = (old as InternalWorksheet).orderNo;
  workbook.removeWorksheet(old.id);
  const sheet = addPlanSheet(workbook, plan, orderNo);

  // The leaf's own amounts move to its first detail row, which now carries them.
  const moved = new Set<string>(amountsMovedToNewDetail(hadDetails));
  const cells = planCellMap(plan);
  const codeCol = moneyCol('MA');
  const rowByCode = new Map(
    plan.cells.filter((c) => c.col === codeCol && typeof c.value === 'string').map((c) => [c.value as string, c.row]),
  );
  const insertedRow = rowByCode.get(newCode)!;
  // Titles the user edited above the key row stay, when the top block is where the plan puts it.
  if (keys.row === MONEY_LAYOUT.keyRow + 1) {
    for (const { row, col, value } of titleBlock) {
      if (cells.get(`${row - 1}:${col - 1}`)?.value !== value) sheet.getCell(row, col).value = value;
    }
  }
  for (const { code, column, value } of kept) {
    const target = code === leafCode && moved.has(column) ? newCode : code;
    const row = rowByCode.get(target) ?? -1;
    const col = column.startsWith('#')
      ? Number(column.slice(1)) - 1
      : moneyCol(column as (typeof MONEY_COLUMN_KEYS)[number]);
    if (row < 0 || col < 0) continue;
    const planned = cells.get(`${row}:${col}`);
    if (isFormulaValue(value)) {
      // Template formulas are rebuilt for the new rows; the user's own formulas are kept,
      // their references moved as Excel moves them when a row is inserted.
      if (planned?.formula) continue;
      const { formula, result } = value as ExcelJS.CellFormulaValue;
      sheet.getCell(row + 1, col + 1).value = {
        formula: shiftRowRefs(formula, insertedRow),
        result,
      };
      continue;
    }
    // A value the user typed over a template formula is kept as typed: validation reports it.
    if (planned?.value === value) continue;
    sheet.getCell(row + 1, col + 1).value = value;
  }
  addToDisbursement?.apply(newCode, trimmed);
  return newCode;
}

/** The workbook's settings, read from "Thông tin" by the same reader validation uses. */
export function readWorkbookSettings(workbook: ExcelJS.Workbook) {
  const sheet = findTemplateSheet(workbook, 'settings', SHEET_NAMES.settings);
  return readSettings(readWorkbookSnapshot(workbook, sheet ? [sheet.name] : []));
}

/** Values above the key row (titles, unit line, headers), 1-based, merged cells once. */
export function readTitleBlock(
  sheet: ExcelJS.Worksheet,
  keyRow: number,
): Array<{ row: number; col: number; value: ExcelJS.CellValue }> {
  const out: Array<{ row: number; col: number; value: ExcelJS.CellValue }> = [];
  for (let r = 1; r < keyRow; r++) {
    sheet.getRow(r).eachCell((cell, col) => {
      if (cell.isMerged && cell.master !== cell) return;
      if (cell.value !== null && cell.value !== '') out.push({ row: r, col, value: cell.value });
    });
  }
  return out;
}

/**
 * Values and formulas of every data row (formulas as plain {formula, result}), and the
 * existing detail rows in sheet order. Refuses rows it cannot place (no code or an unknown
 * code) rather than drop their data.
 */
export function readTypedValues(
  sheet: ExcelJS.Worksheet,
  keys: { row: number; columns: Map<string, number> },
  columnKeys: readonly string[] = MONEY_COLUMN_KEYS,
) {
  const known = new Set<string>([TOTAL_ROW_CODE, ...catalog.nodes.map((n) => n.code)]);
  const keyOfCol = new Map<number, string>();
  for (const [key, col] of keys.columns) if (columnKeys.includes(key)) keyOfCol.set(col, key);
  const codeCol = keys.columns.get('MA')!;
  const markerCol = Math.max(...keyOfCol.keys()) + 1;
  const kept: KeptValue[] = [];
  const details: DetailRowSpec[] = [];
  const seen = new Set<string>();
  for (let r = keys.row + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const code = cellText(sheet.getCell(r, codeCol).value)?.trim() ?? '';
    const values: Array<{ column: string; value: ExcelJS.CellValue }> = [];
    row.eachCell((cell, col) => {
      if (col === codeCol || col === markerCol || cell.value === null || cell.value === '') return;
      // Shared formulas are resolved to their own text, since the rebuilt sheet has no master
      // (one whose master is gone keeps its last result).
      const value = !isFormulaValue(cell.value)
        ? cell.value
        : cell.formula
          ? ({ formula: cell.formula, result: cell.result } as ExcelJS.CellValue)
          : ((cell.result ?? null) as ExcelJS.CellValue);
      if (value !== null) values.push({ column: keyOfCol.get(col) ?? `#${col}`, value });
    });
    if (!code) {
      if (values.length === 0) continue;
      throw new Error(
        `Dòng ${r} của "${sheet.name}" có dữ liệu nhưng không có mã (cột MA); điền mã rồi thử lại / row ${r} has data but no code`,
      );
    }
    if (seen.has(code)) {
      throw new Error(`Mã "${code}" lặp lại ở dòng ${r} của "${sheet.name}"; sửa mã rồi thử lại / duplicate row code`);
    }
    seen.add(code);
    const detail = DETAIL_CODE_PATTERN.exec(code);
    if (detail && catalog.byCode.get(detail[1])?.isLeaf) {
      const nameCol = keys.columns.get('NOI_DUNG');
      details.push({ leafCode: detail[1], code, name: (nameCol && cellText(sheet.getCell(r, nameCol).value)) || code });
    } else if (!known.has(code)) {
      throw new Error(
        `Mã "${code}" ở dòng ${r} của "${sheet.name}" không có trong danh mục; sửa mã rồi thử lại / unknown row code`,
      );
    }
    for (const v of values) kept.push({ code, ...v });
  }
  return { kept, details, codes: [...seen] };
}
