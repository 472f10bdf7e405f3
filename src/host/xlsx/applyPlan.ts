import type ExcelJS from 'exceljs';
import { a1, a1Range } from '../../model/a1';
import { type CellStyle, type DataValidationPlan, type SheetPlan } from '../../model/sheetPlan';
import { drain, type Steps } from './slices';

/**
 * Writes SheetPlans into an ExcelJS workbook. Browser-safe (no fs). Formulas carry no
 * cached result, so the workbook is flagged for a full recalculation on open.
 */

/** Worksheet members ExcelJS 4.4 has at run time but leaves out of its type declarations. */
export type InternalWorksheet = ExcelJS.Worksheet & {
  orderNo: number;
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

/** Cells written between two pauses of a sliced write (see slices.ts). */
const CELLS_PER_STEP = 500;

/** Adds a new worksheet for `plan` and writes it; `orderNo` places it among the tabs. */
export function addPlanSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, orderNo?: number): ExcelJS.Worksheet {
  return drain(addPlanSheetSteps(workbook, plan, orderNo));
}

/** addPlanSheet as steps: a page writes a large sheet in slices (runInSlices). */
export function* addPlanSheetSteps(
  workbook: ExcelJS.Workbook,
  plan: SheetPlan,
  orderNo?: number,
): Steps<ExcelJS.Worksheet> {
  const sheet = workbook.addWorksheet(plan.name, {
    ...(plan.visibility ? { state: plan.visibility } : {}),
    properties: plan.tabColor ? { tabColor: { argb: `FF${plan.tabColor.toUpperCase()}` } } : {},
    views:
      plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)
        ? [
            {
              state: 'frozen',
              xSplit: plan.freeze.cols,
              ySplit: plan.freeze.rows,
              topLeftCell: a1(plan.freeze.rows, plan.freeze.cols),
            },
          ]
        : [],
  });
  if (orderNo !== undefined) (sheet as InternalWorksheet).orderNo = orderNo;
  yield* writePlanSteps(sheet, plan);
  workbook.calcProperties = { ...(workbook.calcProperties ?? {}), fullCalcOnLoad: true };
  return sheet;
}

/** Writes a plan's content into an (empty) worksheet. */
export function writePlan(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  drain(writePlanSteps(sheet, plan));
}

/** writePlan as steps: pauses every CELLS_PER_STEP cells (and rows). */
function* writePlanSteps(sheet: ExcelJS.Worksheet, plan: SheetPlan): Steps<void> {
  for (const col of plan.columns) {
    const column = sheet.getColumn(col.index + 1);
    if (col.width !== undefined) column.width = col.width;
    if (col.hidden) column.hidden = true;
  }
  for (const row of plan.rows) {
    const r = sheet.getRow(row.index + 1);
    if (row.height !== undefined) r.height = row.height;
    if (row.hidden) r.hidden = true;
    if (row.index % CELLS_PER_STEP === CELLS_PER_STEP - 1) yield;
  }
  const styleCache = new Map<string, Partial<ExcelJS.Style>>();
  let written = 0;
  for (const c of plan.cells) {
    if (++written % CELLS_PER_STEP === 0) yield;
    const cell = sheet.getCell(c.row + 1, c.col + 1);
    if (c.formula) cell.value = { formula: c.formula.replace(/^=/, '') };
    else if (c.value !== undefined && c.value !== null) cell.value = c.value;
    if (c.style) {
      let style = styleCache.get(c.style);
      if (!style) {
        const planned = plan.styles[c.style];
        if (!planned) throw new Error(`Sheet plan ${plan.id}: unknown style '${c.style}'`);
        style = toExcelStyle(planned);
        styleCache.set(c.style, style);
      }
      // Each cell gets its own copy: ExcelJS shares style objects by reference.
      cell.style = structuredClone(style);
    }
  }
  for (const n of plan.notes ?? []) sheet.getCell(n.row + 1, n.col + 1).note = n.text;
  for (const [i, m] of plan.merges.entries()) {
    sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    if (i % CELLS_PER_STEP === CELLS_PER_STEP - 1) yield;
  }
  for (const v of plan.validations)
    (sheet as InternalWorksheet).dataValidations.add(a1Range(v.range), toExcelValidation(v));
  if (plan.print) {
    Object.assign(sheet.pageSetup, {
      paperSize: 9, // A4
      orientation: plan.print.orientation,
      fitToPage: plan.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(plan.print.titleRows
        ? { printTitlesRow: `${plan.print.titleRows.first + 1}:${plan.print.titleRows.last + 1}` }
        : {}),
    });
  }
}

export function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.fontSize) font.size = s.fontSize;
  if (s.fontColor) font.color = { argb: `FF${s.fontColor.toUpperCase()}` };
  if (Object.keys(font).length) style.font = font;
  if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill.toUpperCase()}` } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.hAlign) alignment.horizontal = s.hAlign;
  if (s.vAlign) alignment.vertical = s.vAlign;
  if (s.wrap) alignment.wrapText = true;
  if (s.indent) alignment.indent = s.indent;
  if (Object.keys(alignment).length) style.alignment = alignment;
  if (s.border === 'thin') {
    const side: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
    style.border = { top: side, left: side, bottom: side, right: side };
  }
  if (s.numFmt) style.numFmt = s.numFmt;
  return style;
}

export function toExcelValidation(v: DataValidationPlan): ExcelJS.DataValidation {
  const messages = {
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: 'Giá trị không hợp lệ',
    error: v.errorMessage ?? 'Giá trị không hợp lệ. / Invalid value.',
    ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
  };
  const rule = v.rule;
  if (rule.type === 'list') {
    return { type: 'list', allowBlank: true, formulae: [`"${rule.values.join(',')}"`], ...messages };
  }
  if (rule.type === 'date') {
    // ExcelJS writes Date formulae as Excel serials.
    const bounds = [new Date(`${rule.min}T00:00:00Z`), new Date(`${rule.max}T00:00:00Z`)];
    return { type: 'date', operator: 'between', allowBlank: true, formulae: bounds, ...messages };
  }
  const { min, max } = rule;
  if (min !== undefined && max !== undefined) {
    return { type: rule.type, operator: 'between', allowBlank: true, formulae: [min, max], ...messages };
  }
  if (min !== undefined)
    return { type: rule.type, operator: 'greaterThanOrEqual', allowBlank: true, formulae: [min], ...messages };
  if (max !== undefined)
    return { type: rule.type, operator: 'lessThanOrEqual', allowBlank: true, formulae: [max], ...messages };
  return { type: rule.type, operator: 'greaterThanOrEqual', allowBlank: true, formulae: [-1e308], ...messages };
}
