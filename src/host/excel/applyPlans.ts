import { a1Range, columnLetter } from '../../model/a1';
import { sheetNameKey } from '../../model/sheetName';
import type { CellStyle, DataValidationPlan, RangeRef, SheetPlan } from '../../model/sheetPlan';
import type { SheetTab } from './readSnapshot';
import { isPayloadLimitError } from './officeRun';
import { batchOps, planToOps, type WriteOp, type WriteOptions } from './planOps';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function applyStyle(range: Excel.Range, rect: RangeRef, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = `#${style.fontColor}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.hAlign) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.indent !== undefined && style.indent > 0) format.indentLevel = style.indent;
  if (style.border === 'thin') {
    const edges: Excel.BorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as Excel.BorderIndex[];
    if (rect.bottom > rect.top) edges.push('InsideHorizontal' as Excel.BorderIndex);
    if (rect.right > rect.left) edges.push('InsideVertical' as Excel.BorderIndex);
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
  if (style.numFmt) {
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    range.numberFormat = Array.from({ length: rows }, () => new Array<string>(cols).fill(style.numFmt!));
  }
}

function validationRule(plan: DataValidationPlan): Excel.DataValidationRule | null {
  const rule = plan.rule;
  if (rule.type === 'list') return { list: { inCellDropDown: true, source: rule.values.join(',') } };
  if (rule.type === 'date') return { date: { formula1: rule.min, formula2: rule.max, operator: 'Between' } };
  let basic: Excel.BasicDataValidation;
  if (rule.min !== undefined && rule.max !== undefined)
    basic = { formula1: rule.min, formula2: rule.max, operator: 'Between' };
  else if (rule.min !== undefined) basic = { formula1: rule.min, operator: 'GreaterThanOrEqualTo' };
  else if (rule.max !== undefined) basic = { formula1: rule.max, operator: 'LessThanOrEqualTo' };
  else return null;
  return rule.type === 'decimal' ? { decimal: basic } : { wholeNumber: basic };
}

/** Queue one op (no sync). */
export function queueOp(sheet: Excel.Worksheet, op: WriteOp): void {
  switch (op.kind) {
    case 'cells':
      sheet.getRange(a1Range(op.rect)).formulas = op.formulas;
      return;
    case 'style':
      applyStyle(sheet.getRange(a1Range(op.rect)), op.rect, op.style);
      return;
    case 'merge':
      sheet.getRange(a1Range(op.rect)).merge(false);
      return;
    case 'column': {
      const range = sheet.getRange(`${columnLetter(op.col)}:${columnLetter(op.col)}`);
      if (op.widthPoints !== undefined) range.format.columnWidth = op.widthPoints;
      if (op.hidden) range.columnHidden = true;
      return;
    }
    case 'row': {
      const range = sheet.getRange(`${op.row + 1}:${op.row + 1}`);
      if (op.heightPoints !== undefined) range.format.rowHeight = op.heightPoints;
      if (op.hidden) range.rowHidden = true;
      return;
    }
    case 'validation': {
      const rule = validationRule(op.validation);
      if (!rule) return;
      const dv = sheet.getRange(a1Range(op.validation.range)).dataValidation;
      dv.rule = rule;
      if (op.validation.errorMessage)
        dv.errorAlert = {
          message: op.validation.errorMessage,
          showAlert: true,
          style: 'Stop',
          title: 'Giá trị không hợp lệ',
        };
      if (op.validation.prompt) dv.prompt = { message: op.validation.prompt, showPrompt: true, title: '' };
      return;
    }
    case 'freeze':
      if (op.cols === 0) sheet.freezePanes.freezeRows(op.rows);
      else if (op.rows === 0) sheet.freezePanes.freezeColumns(op.cols);
      else
        sheet.freezePanes.freezeAt(
          sheet.getRange(a1Range({ top: 0, left: 0, bottom: op.rows - 1, right: op.cols - 1 })),
        );
      return;
    case 'print': {
      const layout = sheet.pageLayout;
      layout.orientation = op.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      layout.paperSize = 'A4';
      // 0 pages tall = as many as needed (Excel's "fit all columns on one page").
      if (op.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (op.print.titleRows)
        layout.setPrintTitleRows(`$${op.print.titleRows.first + 1}:$${op.print.titleRows.last + 1}`);
      return;
    }
    case 'tab':
      sheet.tabColor = op.color;
      return;
    case 'visibility':
      sheet.visibility = op.visibility === 'veryHidden' ? 'VeryHidden' : 'Hidden';
      return;
    case 'note':
      sheet.notes.add(op.cell, op.text);
      return;
  }
}

/** Layout steps that some Excel builds reject (print setup, frozen panes): written in their own guarded sync. */
const LAYOUT_KINDS: ReadonlySet<WriteOp['kind']> = new Set(['freeze', 'print']);

/** Thrown when a write failed and what the batch did was undone: the workbook is as before. */
export class WriteRolledBackError extends Error {
  constructor(cause: unknown) {
    const detail = (cause as { message?: unknown } | null)?.message;
    super(
      `Không ghi được; sổ tính được giữ nguyên như trước / Could not write; the workbook was left as it was` +
        (typeof detail === 'string' && detail ? ` (${detail.split('\n')[0]})` : ''),
    );
    this.name = 'WriteRolledBackError';
  }
}

/** Prefix of the sheets a write builds before they take their place (never left behind). */
export const STAGING_PREFIX = '~mtqg-new-';

/**
 * Write plans into the open workbook. `replace` are existing sheets (ours) of the same names:
 * they are regenerated IN PLACE, so formulas elsewhere that point into them stay valid (a
 * rename or delete would turn them into #REF!). Each replacement is built first on a staging
 * sheet; only the last sync clears the old sheet (contents, formats, validations, conditional
 * formats, merges) and copies the staged sheet over it. New sheets are written directly.
 * If any sync fails, what the batch did is undone (new and staging sheets deleted) and one
 * plain WriteRolledBackError is thrown. Freeze and print setup come last, in their own sync,
 * whose failure leaves the written sheets as they are. Returns the number of write syncs.
 */
export async function writePlans(
  context: Excel.RequestContext,
  plans: SheetPlan[],
  replace: SheetTab[],
  options: WriteOptions,
): Promise<number> {
  const worksheets = context.workbook.worksheets;
  const replaced = new Set(replace.map((t) => sheetNameKey(t.name)));
  const stamp = Date.now().toString(36).slice(-5);
  // Where each plan is written first: its own name (new sheet) or a staging sheet.
  const target = new Map<string, string>();
  plans.forEach((p, i) =>
    target.set(p.name, replaced.has(sheetNameKey(p.name)) ? `${STAGING_PREFIX}${stamp}-${i}` : p.name),
  );
  const allOps = plans.flatMap((p) => planToOps(p, options).map((op) => ({ ...op, sheet: target.get(op.sheet)! })));
  const ops = allOps.filter((op) => !LAYOUT_KINDS.has(op.kind));
  const layout = allOps.filter((op) => LAYOUT_KINDS.has(op.kind));
  const created = [...target.values()];
  let syncs = 0;
  try {
    const batches = batchOps(ops);
    if (batches.length === 0) batches.push([]);
    for (let i = 0; i < batches.length; i++) {
      const first = i === 0 ? () => created.forEach((name) => worksheets.add(name)) : undefined;
      const last = i === batches.length - 1 ? () => queueSwap(context, plans, target) : undefined;
      syncs += await syncBatch(context, batches[i], first, last);
    }
  } catch (error) {
    await rollBack(context, created);
    throw new WriteRolledBackError(error);
  }
  if (layout.length > 0) {
    try {
      queueOps(
        context,
        layout.map((op) => ({ ...op, sheet: finalName(op.sheet, plans, target) })),
      );
      await context.sync();
      syncs += 1;
    } catch {
      // Print setup and frozen panes are conveniences: the sheets are written without them.
    }
  }
  return syncs;
}

/**
 * One batch in one sync (`before` and `after` queued around it); a payload rejection splits
 * it in halves and tries again.
 */
async function syncBatch(
  context: Excel.RequestContext,
  batch: WriteOp[],
  before?: () => void,
  after?: () => void,
): Promise<number> {
  context.application.suspendApiCalculationUntilNextSync();
  before?.();
  queueOps(context, batch);
  after?.();
  try {
    await context.sync();
    return 1;
  } catch (error) {
    // Excel rejects an oversized request before running any of it, so queuing it again is safe.
    if (!isPayloadLimitError(error) || batch.length < 2) throw error;
    const half = Math.ceil(batch.length / 2);
    const first = await syncBatch(context, batch.slice(0, half), before);
    return first + (await syncBatch(context, batch.slice(half), undefined, after));
  }
}

function queueOps(context: Excel.RequestContext, ops: WriteOp[]): void {
  const sheets = new Map<string, Excel.Worksheet>();
  for (const op of ops) {
    let ws = sheets.get(op.sheet);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(op.sheet);
      sheets.set(op.sheet, ws);
    }
    queueOp(ws, op);
  }
}

function finalName(written: string, plans: SheetPlan[], target: Map<string, string>): string {
  return plans.find((p) => target.get(p.name) === written)?.name ?? written;
}

/**
 * Queue (no sync) the regeneration in place: each replaced sheet is cleared of everything the
 * previous run wrote and receives the staged sheet's cells, formats, merges, validations and
 * conditional formats; the staging sheets go; the first plan's sheet is shown.
 */
function queueSwap(context: Excel.RequestContext, plans: SheetPlan[], target: Map<string, string>): void {
  const worksheets = context.workbook.worksheets;
  for (const plan of plans) {
    const staged = target.get(plan.name)!;
    if (staged === plan.name) continue;
    const sheet = worksheets.getItem(plan.name);
    const all = sheet.getRange();
    all.unmerge();
    all.conditionalFormats.clearAll();
    all.dataValidation.clear();
    all.clear('All');
    all.columnHidden = false;
    all.rowHidden = false;
    all.format.useStandardWidth = true;
    all.format.useStandardHeight = true;
    sheet.freezePanes.unfreeze();
    const source = worksheets.getItem(staged);
    const used = extentOf(plan);
    if (used) sheet.getRange(used).copyFrom(source.getRange(used), 'All', false, false);
    // Widths, heights and hidden rows/columns do not travel with a copy: set them again.
    for (const op of planToOps(plan, { printSetup: false }))
      if (op.kind === 'column' || op.kind === 'row' || op.kind === 'tab' || op.kind === 'visibility')
        queueOp(sheet, op);
    source.delete();
  }
  // A hidden sheet of ours (the saved mapping) cannot be shown.
  const shown = plans.find((p) => !p.visibility);
  if (shown) worksheets.getItem(shown.name).activate();
}

/** The A1 range covering every planned cell (and merge), or null for an empty plan. */
function extentOf(plan: SheetPlan): string | null {
  let bottom = -1;
  let right = -1;
  for (const c of plan.cells) {
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  for (const m of plan.merges) {
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  for (const v of plan.validations) {
    bottom = Math.max(bottom, v.range.bottom);
    right = Math.max(right, v.range.right);
  }
  return bottom < 0 ? null : a1Range({ top: 0, left: 0, bottom, right });
}

/**
 * Delete the sheets this write added (those that exist). Existing sheets are touched only by
 * the swap, queued last in the last sync, so a failure before it leaves them as they were.
 */
async function rollBack(context: Excel.RequestContext, created: string[]): Promise<void> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const wanted = new Set(created.map((n) => sheetNameKey(n)));
    const present = worksheets.items.filter((ws) => wanted.has(sheetNameKey(String(ws.name))));
    for (const ws of present) worksheets.getItem(ws.name).delete();
    if (present.length > 0) await context.sync();
  } catch {
    // Nothing more can be done from here; the error the caller reports says the write failed.
  }
}
