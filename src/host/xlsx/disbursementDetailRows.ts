import type ExcelJS from 'exceljs';
import { DISBURSEMENT_COLUMN_KEYS, SHEET_NAMES, type DisbursementColumnKey } from '../../domain/workbookLayout';
import { buildDisbursementSheet } from '../../templates/disbursementSheet';
import { disbCol, DISB_LAYOUT } from '../../templates/disbursementColumns';
import { disbursementAmountsMoved } from '../../templates/disbursementDetailRow';
import { planCellMap } from '../../templates/planGrid';
import { shiftRowRefs } from '../../templates/formulas';
import { addPlanSheet, type InternalWorksheet } from './applyPlan';
import { findKeyRow, findTemplateSheet, isFormulaValue } from './sheetScan';
import { readTitleBlock, readTypedValues, readWorkbookSettings } from './planDetailRows';

/**
 * Giải ngân follows Kế hoạch vốn when a detail row is added: the same row (code, name) goes
 * at the end of the leaf's block. Like the plan sheet, it is rebuilt from its plan (ExcelJS
 * does not shift formula references) and every typed value is put back by (code, key).
 *
 * Reads and checks the sheet now (throws before anything is written); returns `check` (the
 * new code, before the plan sheet is touched) and `apply` (the rebuild, once the plan sheet
 * has the new row), or null when there is no Giải ngân.
 */
export function prepareDisbursementDetailRow(
  workbook: ExcelJS.Workbook,
  leafCode: string,
): { check: (code: string) => void; apply: (code: string, name: string) => void } | null {
  const old = findTemplateSheet(workbook, 'disbursement', SHEET_NAMES.disbursement);
  if (!old) return null;
  const keys = findKeyRow(old, 'MA');
  if (!keys) throw new Error(`Trang "${old.name}" thiếu dòng khóa (MA) / key row not found`);
  const { kept, details, codes } = readTypedValues(old, keys, DISBURSEMENT_COLUMN_KEYS);
  if (!codes.includes(leafCode))
    throw new Error(`Không tìm thấy dòng ${leafCode} trên "${old.name}" / line ${leafCode} not found`);
  const titleBlock = readTitleBlock(old, keys.row);
  const hadDetails = details.some((d) => d.leafCode === leafCode);

  const check = (code: string) => {
    if (codes.includes(code))
      throw new Error(`Mã "${code}" đã có trên "${old.name}"; sửa mã rồi thử lại / code already on the sheet`);
  };
  const apply = (code: string, name: string) => {
    // At the end of the leaf's block, as on the plan sheet.
    let at = details.length;
    for (let i = details.length - 1; i >= 0; i--)
      if (details[i].leafCode === leafCode) {
        at = i + 1;
        break;
      }
    const withNew = [...details];
    withNew.splice(at, 0, { leafCode, name, code });
    const plan = { ...buildDisbursementSheet(readWorkbookSettings(workbook), withNew), name: old.name };
    const orderNo = (old as InternalWorksheet).orderNo;
    workbook.removeWorksheet(old.id);
    const sheet = addPlanSheet(workbook, plan, orderNo);

    const moved = new Set<string>(disbursementAmountsMoved(hadDetails));
    const cells = planCellMap(plan);
    const codeCol = disbCol('MA');
    const rowByCode = new Map(
      plan.cells.filter((c) => c.col === codeCol && typeof c.value === 'string').map((c) => [c.value as string, c.row]),
    );
    const insertedRow = rowByCode.get(code)!;
    if (keys.row === DISB_LAYOUT.keyRow + 1) {
      for (const { row, col, value } of titleBlock) {
        if (cells.get(`${row - 1}:${col - 1}`)?.value !== value) sheet.getCell(row, col).value = value;
      }
    }
    for (const { code: rowCode, column, value } of kept) {
      const target = rowCode === leafCode && moved.has(column) ? code : rowCode;
      const row = rowByCode.get(target) ?? -1;
      const col = column.startsWith('#') ? Number(column.slice(1)) - 1 : disbCol(column as DisbursementColumnKey);
      if (row < 0 || col < 0) continue;
      const planned = cells.get(`${row}:${col}`);
      if (isFormulaValue(value)) {
        // Template formulas are rebuilt; the user's own keep their references, moved as Excel would.
        if (planned?.formula) continue;
        const { formula, result } = value as ExcelJS.CellFormulaValue;
        sheet.getCell(row + 1, col + 1).value = { formula: shiftRowRefs(formula, insertedRow), result };
        continue;
      }
      // A figure typed over a template formula is kept as typed: validation reports it.
      if (planned?.value === value) continue;
      sheet.getCell(row + 1, col + 1).value = value;
    }
  };
  return { check, apply };
}
