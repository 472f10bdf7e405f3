import { SHEET_NAMES } from '../../domain/workbookLayout';
import type { SourceKey } from '../../domain/sources';
import { buildSamplePlans, KeyedPlan } from '../../demo/samplePlans';
import type { SheetPlan } from '../../model/sheetPlan';
import { cellAt, type SheetSnapshot, type WorkbookSnapshot } from '../../model/snapshot';
import { buildAppendixPlans } from '../index';
import { snapshotFromPlans } from './planSnapshot';

/** Test support: the sample plan, its evaluated snapshot, and its appendices evaluated. */
export function sampleAppendix(opts: { withSlips?: boolean; unverified?: boolean } = {}) {
  const { plans } = buildSamplePlans({ withSlips: opts.withSlips ?? false });
  const working = snapshotFromPlans(plans);
  const appendix = buildAppendixPlans(working, { unverified: opts.unverified });
  return { plans, working, appendix, evaluated: snapshotFromPlans(appendix) };
}

/** The figure Kế hoạch vốn shows for a code and source. */
export function workingFigure(plans: SheetPlan[], working: WorkbookSnapshot, code: string, key: SourceKey): number {
  const plan = new KeyedPlan(plans.find((p) => p.name === SHEET_NAMES.plan)!);
  const { row, col } = plan.address(code, key);
  const sheet = working.sheets.find((s) => s.name === SHEET_NAMES.plan)!;
  const v = cellAt(sheet, row, col).v;
  return typeof v === 'number' ? v : 0;
}

/** 0-based row whose cell in `col` holds `value`, or -1. */
export function rowWhere(sheet: SheetSnapshot | SheetPlan, col: number, value: string): number {
  if ('cells' in sheet) return sheet.cells.find((c) => c.col === col && c.value === value)?.row ?? -1;
  return sheet.rows.findIndex((r) => r[col]?.v === value);
}

export function sheetNamed(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}
