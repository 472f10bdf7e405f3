import type { Finding } from '../model/finding';
import { handFinding } from './testing/handFinding';
import { setSumRelation } from './echoes';
import { setExcess } from './slipMarks';
import { dropEchoesOfUnknownFigures, setNoMoneyOn, setPlanBasis } from './unknownFigures';

const PLAN = 'Kế hoạch vốn';
const ALLOC = 'Giao vốn';
const DISB = 'Giải ngân';
const f = handFinding;
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

  it('a sign slip counts as itself: the plan without it is the least she may have meant', () => {
    const negative = f('NEGATIVE_AMOUNT', 'DA1.ND2', 'SN_NSTW', -1_200);
    const under = f('UNDER_ALLOCATION', 'DA1', 'SN_NSTW', -850, 1_550, PLAN, 'warning');
    // Over its allocation by more than the negative figure takes away: over whatever she meant.
    const over = f('OVER_ALLOCATION', 'DA2', 'DTPT_NSTW', 5_000, 1_000);
    const negativeThere = f('NEGATIVE_AMOUNT', 'DA2', 'DTPT_NSTW', -10);
    expect(kept([negative, under, over, negativeThere])).toEqual([
      'NEGATIVE_AMOUNT@DA1.ND2/SN_NSTW',
      'OVER_ALLOCATION@DA2/DTPT_NSTW',
      'NEGATIVE_AMOUNT@DA2/DTPT_NSTW',
    ]);
  });

  it('"a target but no money on the line": not beside a slip on that line', () => {
    const text = f('NOT_A_NUMBER', 'DA1.ND2', 'DTPT_NSTW');
    const unfunded = f('INDICATOR_FUNDING_MISMATCH', 'CT09', undefined, 40, undefined, 'Chỉ tiêu', 'warning');
    setNoMoneyOn(unfunded, PLAN, 'DA1.ND2');
    const otherLine = f('INDICATOR_FUNDING_MISMATCH', 'CT08', undefined, 4, undefined, 'Chỉ tiêu', 'warning');
    setNoMoneyOn(otherLine, PLAN, 'DA1.ND1');
    expect(kept([text, unfunded, otherLine])).toEqual([
      'NOT_A_NUMBER@DA1.ND2/DTPT_NSTW',
      'INDICATOR_FUNDING_MISMATCH@CT08/',
    ]);
    // A slip in Giao vốn says nothing of the plan's money on that line.
    const allocText = f('NOT_A_NUMBER', 'DA1.ND1', 'DTPT_NSTW', undefined, undefined, ALLOC);
    const stillUnfunded = f('INDICATOR_FUNDING_MISMATCH', 'CT08', undefined, 4, undefined, 'Chỉ tiêu', 'warning');
    setNoMoneyOn(stillUnfunded, PLAN, 'DA1.ND1');
    expect(kept([allocText, stillUnfunded])).toHaveLength(2);
  });

  it('a unit slip in the plan: the Giải ngân rate and over-plan judged with the figure meant', () => {
    const slip = () => {
      const s = f('UNIT_SUSPECT', 'DA1.ND2', 'SN_NSTW', 1_200_000, 320);
      setExcess(s, 1_198_800);
      return s;
    };
    // 4.851 disbursed of a plan of 1.203.800 (0,4 %); of the plan meant, 5.000: 97 %.
    const low = f('LOW_DISBURSEMENT', 'TONG', undefined, 0.4, 80, DISB, 'warning');
    setPlanBasis(low, { planKey: 'SN', plan: 1_203_800, disbursed: 4_851 });
    expect(kept([slip(), low])).toEqual(['UNIT_SUSPECT@DA1.ND2/SN_NSTW']);
    // Still under the milestone with the figure meant: it stands.
    const stillLow = f('LOW_DISBURSEMENT', 'TONG', undefined, 0.1, 80, DISB, 'warning');
    setPlanBasis(stillLow, { planKey: 'SN', plan: 1_203_800, disbursed: 1_000 });
    expect(kept([slip(), stillLow])).toHaveLength(2);
    // Typed 1.000 × too small: disbursed "over" a plan of 1,2 that was meant 1.200.
    const small = f('UNIT_SUSPECT', 'DA1.ND2', 'SN_NSTW', 1.2, 320);
    setExcess(small, -1_198.8);
    const overPlan = f('DISBURSED_OVER_PLAN', 'DA1.ND2', undefined, 1_180, 1.2, DISB);
    setPlanBasis(overPlan, { planKey: 'SN', plan: 1.2, disbursed: 1_180 });
    expect(kept([small, overPlan])).toEqual(['UNIT_SUSPECT@DA1.ND2/SN_NSTW']);
    const reallyOver = f('DISBURSED_OVER_PLAN', 'DA1.ND2', undefined, 1_500, 1.2, DISB);
    setPlanBasis(reallyOver, { planKey: 'SN', plan: 1.2, disbursed: 1_500 });
    expect(kept([small, reallyOver])).toHaveLength(2);
  });

  it('a slip in a Giải ngân figure: the judgment of that cell and a low rate summing its column go', () => {
    const date = { ...f('DATE_IN_AMOUNT', 'DA1.ND2', undefined, 45_427, undefined, DISB), cell: 'K12' };
    const overPlan = { ...f('DISBURSED_OVER_PLAN', 'DA1.ND2', undefined, 45_427, 1_260, DISB), cell: 'K12' };
    expect(kept([date, overPlan])).toEqual(['DATE_IN_AMOUNT@DA1.ND2/']);
    const text = { ...f('NOT_A_NUMBER', 'DA1.ND2', undefined, undefined, undefined, DISB), cell: 'K12' };
    const low = f('LOW_DISBURSEMENT', 'TONG', undefined, 72, 80, DISB, 'warning');
    setPlanBasis(low, { plan: 4_000, disbursed: 2_880, disbursedCol: 'K' });
    // A low rate of the other capital type (its GN in column H) stands.
    const lowOther = f('LOW_DISBURSEMENT', 'TONG', undefined, 10, 80, DISB, 'warning');
    setPlanBasis(lowOther, { plan: 4_000, disbursed: 400, disbursedCol: 'H' });
    expect(kept([text, low, lowOther])).toEqual(['NOT_A_NUMBER@DA1.ND2/', 'LOW_DISBURSEMENT@TONG/']);
  });

  it('what the checks counted for the cell decides: a date as its serial, a negative as itself', () => {
    // Plan 1.600 with a date's 100 in it: 1.500 without, under the 1.550 allocation: it could hold.
    const date = f('DATE_IN_AMOUNT', 'DA1.ND2', 'SN_NSTW', 100);
    expect(kept([date, f('OVER_ALLOCATION', 'DA1', 'SN_NSTW', 1_600, 1_550)])).toHaveLength(1);
    // Text counts as nothing: the same plan is over whatever she meant.
    const text = f('NOT_A_NUMBER', 'DA1.ND2', 'SN_NSTW');
    expect(kept([text, f('OVER_ALLOCATION', 'DA1', 'SN_NSTW', 1_600, 1_550)])).toHaveLength(2);
    // Plan 900 with −200 in it: 1.100 without, over the 1.000 allocation whatever she meant.
    const negative = f('NEGATIVE_AMOUNT', 'DA1.ND2', 'SN_NSTW', -200);
    expect(kept([negative, f('OVER_ALLOCATION', 'DA1', 'SN_NSTW', 900, 1_000)])).toHaveLength(2);
  });

  it('a slip hides nothing on another sheet, line or column of a total against its parts', () => {
    const allocText = f('NOT_A_NUMBER', 'DA1.ND2', 'SN_NSTW', undefined, undefined, ALLOC);
    const planTotal = f('SUM_MISMATCH', 'DA1', 'SN_NSTW', 1_550, 350);
    expect(kept([allocText, planTotal])).toHaveLength(2);
    // Her own row sum adds up its own row only.
    const below = f('DATE_IN_AMOUNT', 'DA5.TDA4', 'SN_NSTW', 45_064);
    const rowSumAbove = f('SUM_MISMATCH', 'DA5', 'SN', 18_500_000, 45_064);
    setSumRelation(rowSumAbove, ['SN_NSTW', 'SN_NSDP']);
    expect(kept([below, rowSumAbove])).toHaveLength(2);
    // A judgment without its figures or its line is left alone.
    const text = f('NOT_A_NUMBER', 'DA1.ND2', 'SN_NSTW');
    expect(kept([text, f('UNDER_ALLOCATION', 'DA1', 'SN_NSTW', undefined, 1_550, PLAN, 'warning')])).toHaveLength(2);
    expect(kept([text, f('UNDER_ALLOCATION', 'DA1', undefined, 350, 1_550, PLAN, 'warning')])).toHaveLength(2);
  });

  it('the counterpart per capital type, and a slip of Giao vốn, or of the other type, hides no shortfall', () => {
    const snDate = f('DATE_IN_AMOUNT', 'DA1.ND2', 'SN_NSTW', 45_427);
    const dtptDate = f('DATE_IN_AMOUNT', 'DA4', 'DTPT_NSTW', 45_427);
    const allocLocal = f('NOT_A_NUMBER', 'DA1', 'SN_NSDP', undefined, undefined, ALLOC);
    const snShort = () => f('COUNTERPART_SHORTFALL', 'TONG', 'SN_NSDP', 10, 2_275, PLAN, 'warning');
    expect(kept([snDate, snShort()])).toEqual(['DATE_IN_AMOUNT@DA1.ND2/SN_NSTW']);
    expect(kept([dtptDate, snShort()])).toHaveLength(2);
    expect(kept([allocLocal, snShort()])).toHaveLength(2);
    // At 0 % there is no minimum to judge against.
    expect(dropEchoesOfUnknownFigures([snDate, snShort()], 0)).toHaveLength(2);
  });

  it('a Giải ngân KH typed by hand is not taken from the plan: a plan slip hides nothing there', () => {
    const date = f('DATE_IN_AMOUNT', 'DA1.ND2', 'SN_NSTW', 45_427);
    const low = f('LOW_DISBURSEMENT', 'TONG', undefined, 10, 80, DISB, 'warning');
    setPlanBasis(low, { plan: 47_000, disbursed: 4_700, disbursedCol: 'K' });
    expect(kept([date, low])).toHaveLength(2);
  });

  it('only a slip of the plan type the rate sums moves it; another finding with figures is no slip', () => {
    const low = () => {
      const x = f('LOW_DISBURSEMENT', 'TONG', undefined, 0.4, 80, DISB, 'warning');
      setPlanBasis(x, { planKey: 'SN', plan: 1_203_800, disbursed: 4_851 });
      return x;
    };
    const dtptSlip = f('UNIT_SUSPECT', 'DA4', 'DTPT_NSTW', 1_200_000, 320);
    setExcess(dtptSlip, 1_198_800);
    expect(kept([dtptSlip, low()])).toHaveLength(2);
    expect(kept([f('OVER_ALLOCATION', 'DA1', 'SN_NSTW', 1_200_000, 1_550), low()])).toHaveLength(2);
  });

  it('an error slip keeps its severity beside a warning it hides', () => {
    const text = f('NOT_A_NUMBER', 'DA1.ND2', 'SN_NSTW');
    expect(kept([text, f('UNDER_ALLOCATION', 'DA1', 'SN_NSTW', 350, 1_550, PLAN, 'warning')])).toHaveLength(1);
    expect(text.severity).toBe('error');
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
