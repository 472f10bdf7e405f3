import { TYPED_SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { parentCode } from '../domain/lines';
import { SHEET_NAMES, TOTAL_ROW_CODE } from '../domain/workbookLayout';
import { buildTemplatePlans } from '../templates';
import { a1 } from '../model/a1';
import { type SheetPlan } from '../model/sheetPlan';
import type { FindingCode } from '../model/finding';
import {
  SAMPLE_ALLOCATED_PROJECTS,
  SAMPLE_DETAILS,
  SAMPLE_INDICATORS,
  SAMPLE_OPTIONS,
  SAMPLE_PLAN,
  SAMPLE_PLAN_NOTES,
  SAMPLE_DISBURSEMENT,
  type Amounts,
} from './sampleData';

/** A deliberate slip and the finding it must produce. */
export interface ExpectedFinding {
  code: FindingCode;
  sheet: string;
  cell: string;
  /** What was done wrong, for the demo output. */
  slip: string;
}

export interface SamplePlans {
  plans: SheetPlan[];
  expected: ExpectedFinding[];
}

/** Cells of a template plan addressed by MA code and column key (never by position). */
export class KeyedPlan {
  private readonly cols = new Map<string, number>();
  private readonly rows = new Map<string, number>();

  constructor(readonly plan: SheetPlan) {
    const keyCell = plan.cells.find((c) => c.value === 'MA' || c.value === 'KHOA');
    if (!keyCell) throw new Error(`no key row on ${plan.name}`);
    for (const c of plan.cells) {
      if (c.row === keyCell.row && typeof c.value === 'string' && !c.value.startsWith('#'))
        this.cols.set(c.value, c.col);
    }
    for (const c of plan.cells) {
      if (c.col === keyCell.col && c.row > keyCell.row && typeof c.value === 'string' && c.value)
        this.rows.set(c.value, c.row);
    }
  }

  address(code: string, key: string): { row: number; col: number; cell: string } {
    const row = this.rows.get(code);
    const col = this.cols.get(key);
    if (row === undefined || col === undefined) throw new Error(`${this.plan.name}: no cell for ${code}/${key}`);
    return { row, col, cell: a1(row, col) };
  }

  /** Type a value into a cell (replacing a formula, as a user typing over it would). */
  set(code: string, key: string, value: string | number): string {
    const { row, col, cell } = this.address(code, key);
    const existing = this.plan.cells.find((c) => c.row === row && c.col === col);
    if (existing) {
      delete existing.formula;
      existing.value = value;
    } else {
      this.plan.cells.push({ row, col, value });
    }
    return cell;
  }
}

/** The plan's typed figures summed to a line (or TONG), per typed source. */
export function sampleTotals(plan: Record<string, Amounts>, line: string): Record<SourceKey, number> {
  const out = Object.fromEntries(TYPED_SOURCE_KEYS.map((k) => [k, 0])) as Record<SourceKey, number>;
  for (const [code, amounts] of Object.entries(plan)) {
    if (line !== TOTAL_ROW_CODE && !isUnder(code, line)) continue;
    for (const key of TYPED_SOURCE_KEYS) out[key] += amounts[key] ?? 0;
  }
  for (const key of TYPED_SOURCE_KEYS) out[key] = Math.round(out[key] * 1000) / 1000;
  return out;
}

function isUnder(code: string, ancestor: string): boolean {
  for (let c: string | null = code; c; c = parentCode(c)) if (c === ancestor) return true;
  return false;
}

/**
 * The sample district plan as template sheet plans with figures filled in. The consistent
 * version validates with zero errors; `withSlips` adds one slip of each common kind and
 * lists the finding each must produce.
 */
export function buildSamplePlans({ withSlips }: { withSlips: boolean }): SamplePlans {
  const plans = buildTemplatePlans(SAMPLE_OPTIONS, { details: SAMPLE_DETAILS });
  const byName = (name: string) => new KeyedPlan(plans.find((p) => p.name === name)!);
  const plan = byName(SHEET_NAMES.plan);
  const allocation = byName(SHEET_NAMES.allocation);
  const indicators = byName(SHEET_NAMES.indicators);
  const disbursement = byName(SHEET_NAMES.disbursement);

  const figures = JSON.parse(JSON.stringify(SAMPLE_PLAN)) as Record<string, Amounts>;
  const expected: ExpectedFinding[] = [];
  const slip = (code: FindingCode, sheet: KeyedPlan, cell: string, what: string) =>
    expected.push({ code, sheet: sheet.plan.name, cell, slip: what });

  if (withSlips) {
    // Training money put in the ĐTPT column of an SN-only line (moved from DA5.TDA1, so totals hold).
    figures['DA5.TDA1'].DTPT_NSTW = 1000;
    figures['DA3.TDA1'].DTPT_NSTW = 100;
  }
  for (const [code, amounts] of Object.entries(figures)) {
    for (const [key, value] of Object.entries(amounts)) plan.set(code, key, value);
  }
  for (const [code, note] of Object.entries(SAMPLE_PLAN_NOTES)) plan.set(code, 'GHI_CHU', note);
  for (const line of [TOTAL_ROW_CODE, ...SAMPLE_ALLOCATED_PROJECTS]) {
    const totals = sampleTotals(SAMPLE_PLAN, line);
    for (const key of TYPED_SOURCE_KEYS) if (totals[key] !== 0) allocation.set(line, key, totals[key]);
  }
  for (const [code, amounts] of Object.entries(SAMPLE_DISBURSEMENT)) {
    for (const [key, value] of Object.entries(amounts)) disbursement.set(code, key, value);
  }
  for (const ind of SAMPLE_INDICATORS) {
    indicators.set(ind.code, 'KE_HOACH', ind.target);
    indicators.set(ind.code, 'DON_VI_CHU_TRI', ind.owner);
    if (ind.note) indicators.set(ind.code, 'GHI_CHU', ind.note);
  }

  if (withSlips) {
    slip(
      'SOURCE_NOT_ELIGIBLE',
      plan,
      plan.address('DA3.TDA1', 'DTPT_NSTW').cell,
      'Tiền đầu tư (ĐTPT) trên dòng chỉ dùng vốn sự nghiệp / ĐTPT money on an SN-only line',
    );

    const da4 = sampleTotals(SAMPLE_PLAN, 'DA4').DTPT_NSTW;
    allocation.set('DA4', 'DTPT_NSTW', da4 - 200);
    slip(
      'OVER_ALLOCATION',
      plan,
      plan.address('DA4', 'DTPT_NSTW').cell,
      'Kế hoạch ĐTPT NSTW của Dự án 4 vượt vốn giao 200 triệu / DA4 central investment planned 200 above its allocation',
    );

    // Giao vốn TONG is typed (allocation decisions give totals); one digit off makes it
    // smaller than the projects allocated under it and than what the plan spends.
    const danGop = sampleTotals(SAMPLE_PLAN, TOTAL_ROW_CODE).DAN_GOP;
    const danGopCell = allocation.set(TOTAL_ROW_CODE, 'DAN_GOP', danGop - 100);
    const what = `Tổng Dân góp vốn giao gõ sai một chữ số (${danGop - 100} thay vì ${danGop}) / people's contribution total typed one digit off`;
    // One slip, one finding: the plan's total is not also reported as over this wrong figure.
    slip('SUM_MISMATCH', allocation, danGopCell, what);

    const subtotal = sampleTotals(SAMPLE_PLAN, 'DA3.TDA2').SN_NSTW;
    slip(
      'HARDCODED_TOTAL',
      plan,
      plan.set('DA3.TDA2', 'SN_NSTW', subtotal + 30),
      'Dòng tổng Tiểu dự án 2 (DA3) gõ đè công thức, cao hơn 30 triệu / sub-total typed over its formula, 30 million too high',
    );

    const snNstw = sampleTotals(SAMPLE_PLAN, TOTAL_ROW_CODE).SN_NSTW;
    // The wrong figure is the typed allocation, so that is the cell the finding points at.
    slip(
      'UNIT_SUSPECT',
      allocation,
      allocation.set(TOTAL_ROW_CODE, 'SN_NSTW', snNstw * 1000),
      'Vốn giao SN NSTW nhập theo nghìn đồng (gấp 1.000 lần) / SN central allocation typed in thousands (×1,000)',
    );

    slip(
      'NUMBER_WITH_UNIT',
      indicators,
      indicators.set('CT08', 'KE_HOACH', '04 hộ'),
      'Chỉ tiêu gõ kèm chữ "04 hộ" / indicator target typed with its unit',
    );

    slip(
      'DISBURSED_OVER_PLAN',
      disbursement,
      disbursement.set('DA4.TDA1.ND2', 'GN_DTPT', 1780),
      'Giải ngân chợ (DA4.TDA1.ND2) 1.780 triệu, vượt kế hoạch năm 1.680 triệu / market works disbursed 100 million above plan',
    );
  }
  return { plans, expected };
}
