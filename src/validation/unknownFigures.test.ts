import type { Finding } from '../model/finding';
import { setSumRelation } from './echoes';
import { dropEchoesOfUnknownFigures, setPlanBasis } from './unknownFigures';

const PLAN = 'Kế hoạch vốn';
const ALLOC = 'Giao vốn';
const DISB = 'Giải ngân';
let n = 0;
/** A finding built by hand: code, sheet, line, source and figures; a fresh cell each. */
function f(
  code: Finding['code'],
  lineCode: string,
  sourceKey: Finding['sourceKey'],
  actual?: number,
  expected?: number,
  sheet = PLAN,
  severity: Finding['severity'] = 'error',
): Finding {
  n += 1;
  return {
    code,
    severity,
    sheet,
    cell: `Z${n}`,
    lineCode,
    sourceKey,
    actual,
    expected,
    message: code,
    messageEn: code,
  };
}
const kept = (list: Finding[]) =>
  dropEchoesOfUnknownFigures(list, 5).map((x) => `${x.code}@${x.lineCode ?? ''}/${x.sourceKey ?? ''}`);

describe('dropEchoesOfUnknownFigures: a cell with no figure of hers explains the judgments over it', () => {
  it('a date typed over 1.200 triệu: the over-allocation, counterpart and Giải ngân rate above it go', () => {
    const date = f('DATE_IN_AMOUNT', 'DA1.ND2', 'SN_NSTW', 45_427);
    const over = f('OVER_ALLOCATION', 'DA1', 'SN_NSTW', 45_777, 1_550);
    const counterpart = f('COUNTERPART_SHORTFALL', 'TONG', undefined, 830.5, 3_041.85, PLAN, 'warning');
    const low = f('LOW_DISBURSEMENT', 'TONG', undefined, 10.3, 80, DISB, 'warning');
    setPlanBasis(low, { planKey: 'SN', plan: 47_000, disbursed: 4_851 });
    expect(kept([date, over, counterpart, low])).toEqual(['DATE_IN_AMOUNT@DA1.ND2/SN_NSTW']);
  });

  it('text, an absurd figure or an error value (counted as nothing): under-allocation and disbursed-over-plan go', () => {
    for (const code of ['NOT_A_NUMBER', 'VALUE_OUT_OF_RANGE', 'FORMULA_ERROR'] as const) {
      const slip = f(code, 'DA1.ND2', 'SN_NSTW');
      const under = f('UNDER_ALLOCATION', 'DA1', 'SN_NSTW', 350, 1_550, PLAN, 'warning');
      const overPlan = f('DISBURSED_OVER_PLAN', 'DA1.ND2', undefined, 1_180, 0, DISB);
      setPlanBasis(overPlan, { planKey: 'SN', plan: 0, disbursed: 1_180 });
      expect(kept([slip, under, overPlan])).toEqual([`${code}@DA1.ND2/SN_NSTW`]);
    }
  });

  it('a typed total above a date in its parts goes, her row sum of that row too', () => {
    const date = f('DATE_IN_AMOUNT', 'DA5.TDA4', 'SN_NSTW', 45_064);
    const parent = f('SUM_MISMATCH', 'DA5', 'SN_NSTW', 18_500_000, 45_064);
    const rowSum = f('SUM_MISMATCH', 'DA5.TDA4', 'SN', 18_500_000, 45_064);
    setSumRelation(rowSum, ['SN_NSTW', 'SN_NSDP']);
    expect(kept([date, parent, rowSum])).toEqual(['DATE_IN_AMOUNT@DA5.TDA4/SN_NSTW']);
  });

  it('a judgment that fails whatever she meant stays', () => {
    // The plan is over its allocation even with the date counted as nothing.
    const date = f('DATE_IN_AMOUNT', 'DA1.ND2', 'SN_NSTW', 60);
    const over = f('OVER_ALLOCATION', 'DA1', 'SN_NSTW', 5_060, 1_550);
    // A typed total below what its other parts already hold.
    const text = f('NOT_A_NUMBER', 'DA4.TDA1', 'DTPT_NSTW');
    const total = f('SUM_MISMATCH', 'DA4', 'DTPT_NSTW', 100, 900);
    // Local money far under 5 % of the central money even with the central slip counted as nothing.
    const counterpart = f('COUNTERPART_SHORTFALL', 'TONG', undefined, 3_000_000, 21_052_253.2, PLAN, 'warning');
    const central = f('DATE_IN_AMOUNT', 'DA5.TDA4', 'SN_NSTW', 45_064);
    // A disbursement rate under the milestone even against the smallest plan she may have meant.
    const low = f('LOW_DISBURSEMENT', 'TONG', undefined, 10, 80, DISB, 'warning');
    setPlanBasis(low, { planKey: 'DTPT', plan: 1_000, disbursed: 100 });
    const dtptText = f('NOT_A_NUMBER', 'DA2', 'DTPT_NSTW');
    expect(kept([date, over, text, total, counterpart, central, low, dtptText])).toEqual([
      'DATE_IN_AMOUNT@DA1.ND2/SN_NSTW',
      'OVER_ALLOCATION@DA1/SN_NSTW',
      'NOT_A_NUMBER@DA4.TDA1/DTPT_NSTW',
      'SUM_MISMATCH@DA4/DTPT_NSTW',
      'COUNTERPART_SHORTFALL@TONG/',
      'DATE_IN_AMOUNT@DA5.TDA4/SN_NSTW',
      'LOW_DISBURSEMENT@TONG/',
      'NOT_A_NUMBER@DA2/DTPT_NSTW',
    ]);
  });

  it('not behind a judgment on another line, project or source, nor a Giải ngân KH typed by hand', () => {
    const text = f('NOT_A_NUMBER', 'DA1.ND2', 'SN_NSTW');
    const overPlan = f('DISBURSED_OVER_PLAN', 'DA1.ND2', undefined, 1_180, 0, DISB); // no plan basis
    const others = [
      f('UNDER_ALLOCATION', 'DA1.ND3', 'SN_NSTW', 1, 2, PLAN, 'warning'),
      f('UNDER_ALLOCATION', 'DA2', 'SN_NSTW', 1, 2, PLAN, 'warning'),
      f('UNDER_ALLOCATION', 'DA1', 'DTPT', 1, 2, PLAN, 'warning'),
      f('UNDER_ALLOCATION', 'DA1', 'SN_NSDP', 1, 2, PLAN, 'warning'),
    ];
    expect(kept([text, overPlan, ...others])).toHaveLength(6);
  });

  it('a local slip hides a counterpart shortfall (it may hold the money), a central one only when it could', () => {
    const local = f('NOT_A_NUMBER', 'DA8', 'SN_NSDP');
    expect(kept([local, f('COUNTERPART_SHORTFALL', 'TONG', undefined, 3, 50, PLAN, 'warning')])).toEqual([
      'NOT_A_NUMBER@DA8/SN_NSDP',
    ]);
  });

  it('a Giao vốn figure she did not mean: the plan compared with it on that line only', () => {
    const slip = f('NOT_A_NUMBER', 'DA1', 'SN_NSTW', undefined, undefined, ALLOC);
    const sameLine = f('OVER_ALLOCATION', 'DA1', 'SN_NSTW', 500, 0);
    const above = f('OVER_ALLOCATION', 'TONG', 'TONG', 900, 400);
    expect(kept([slip, sameLine, above])).toEqual(['NOT_A_NUMBER@DA1/SN_NSTW', 'OVER_ALLOCATION@TONG/TONG']);
  });

  it('a circular reference: the judgment of that very cell goes; the slip takes its severity', () => {
    const loop: Finding = { ...f('CIRCULAR_REFERENCE', 'TONG', undefined), lineCode: undefined, cell: 'C23' };
    const total = { ...f('SUM_MISMATCH', 'TONG', 'TONG', 0, 451_500_000), cell: 'C23' };
    const elsewhere = { ...f('SUM_MISMATCH', 'DA1', 'TONG', 0, 5), cell: 'C8' };
    expect(kept([loop, total, elsewhere])).toEqual(['CIRCULAR_REFERENCE@/', 'SUM_MISMATCH@DA1/TONG']);
    // Text counts as nothing: a plan over its allocation without it is over whatever she meant.
    const text = f('NOT_A_NUMBER', 'DA1.ND2', 'SN_NSTW', undefined, undefined, PLAN, 'warning');
    expect(kept([text, f('OVER_ALLOCATION', 'DA1', 'SN_NSTW', 5, 1)])).toHaveLength(2);
    const overPlan = f('DISBURSED_OVER_PLAN', 'DA1.ND2', undefined, 1_180, 0, DISB);
    setPlanBasis(overPlan, { planKey: 'SN', plan: 0, disbursed: 1_180 });
    expect(kept([text, overPlan])).toHaveLength(1);
    expect(text.severity).toBe('error');
  });
});
