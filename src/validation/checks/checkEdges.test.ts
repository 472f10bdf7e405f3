import type { CellSnapshot } from '../../model/snapshot';
import { SnapshotBuilder, constant, disbCell, errorCell, indicatorCell, moneyCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { checkFormulaError } from './formulaError';
import { checkIndicatorFunding } from './indicatorFunding';
import { checkRateMismatch } from './rateMismatch';

/** KH 20.000, GN 17.822 → 89,11 %. */
const rates = (typed: string | number | CellSnapshot) =>
  new SnapshotBuilder()
    .plan('DA1.ND4.TT', 'DTPT_NSTW', 20000)
    .disb('DA1.ND4.TT', 'GN_DTPT', 17822)
    .disb('DA1.ND4.TT', 'TL_DTPT', typed);
const shown = (b: SnapshotBuilder) => runCheck(checkRateMismatch, b).map((f) => [f.actual, f.expected]);

describe('RATE_MISMATCH edges', () => {
  it('a plain number may be a fraction or percent points; the finding shows it as a percent either way', () => {
    expect(shown(rates(0.8911))).toEqual([]);
    expect(shown(rates(89.11))).toEqual([]);
    expect(shown(rates(0.881))).toEqual([[88.1, 89.11]]);
    expect(shown(rates(88))).toEqual([[88, 89.11]]);
    // 1.5 is read as 150 %, 1.6 as 1.6 % (a rate above 150 % is no disbursement).
    expect(shown(rates(1.5))).toEqual([[150, 89.11]]);
    expect(shown(rates(1.6))).toEqual([[1.6, 89.11]]);
  });

  it('text with a percent sign is a percent; without, both readings are tried', () => {
    expect(shown(rates(' 88% '))).toEqual([[88, 89.11]]);
    expect(shown(rates('89,11'))).toEqual([]);
    expect(shown(rates('0,8911'))).toEqual([]);
    // Under a percent format 0.8911 shows 89.11 %; the same cell as 89.11 would show 8911 %.
    expect(shown(rates(constant(89.11, '0.00%')))).toEqual([[8911, 89.11]]);
  });

  it('no plan (or a zero plan), no rate to compare; text in the rate cell is another check', () => {
    const noPlan = new SnapshotBuilder().disb('DA8', 'GN_SN', 100).disb('DA8', 'TL_SN', 0.5);
    expect(runCheck(checkRateMismatch, noPlan)).toEqual([]);
    expect(runCheck(checkRateMismatch, rates('chưa tính'))).toEqual([]);
  });

  it('no disbursement at all against a plan is 0 %, so a typed rate above it is flagged', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 500).disb('DA8', 'TL_SN', constant(0.1, '0%'));
    const f = runCheck(checkRateMismatch, b);
    expect(where(f)).toEqual([`RATE_MISMATCH@Giải ngân!${disbCell(b.build(), 'DA8', 'TL_SN')}`]);
    expect(f[0].expected).toBe(0);
  });
});

describe('INDICATOR_FUNDING_MISMATCH edges', () => {
  it('a noted target among several makes the money-without-target finding info, and says so', () => {
    const b = new SnapshotBuilder()
      .plan('DA1.ND3', 'SN_NSTW', 200)
      .indicator('CT10', 0, 'chưa giao')
      .indicator('CT11', 0);
    const f = runCheck(checkIndicatorFunding, b);
    expect(f.map((x) => [x.severity, x.lineCode])).toEqual([['info', 'DA1.ND3']]);
    expect(f[0].message).toContain(') (có ghi chú) — DA1.ND3 · Tổng cộng: 200 triệu đồng.');
    expect(f[0].messageEn).toContain(') (noted) — DA1.ND3 · all sources: 200 million VND.');
  });

  it('one target given is enough for the line; a negative target counts as none', () => {
    const one = new SnapshotBuilder().plan('DA1.ND3', 'SN_NSTW', 200).indicator('CT10', 3).indicator('CT11', 0);
    expect(runCheck(checkIndicatorFunding, one)).toEqual([]);
    const negative = new SnapshotBuilder().indicator('CT12', -4);
    expect(runCheck(checkIndicatorFunding, negative)).toEqual([]);
  });

  it('a target typed as text counts by its number; unreadable text as none', () => {
    const b = new SnapshotBuilder().indicator('CT12', '40');
    expect(runCheck(checkIndicatorFunding, b).map((f) => [f.cell, f.actual])).toEqual([
      [indicatorCell(b.build(), 'CT12'), 40],
    ]);
    expect(runCheck(checkIndicatorFunding, new SnapshotBuilder().indicator('CT12', 'nhiều'))).toEqual([]);
  });

  it('skips a line deleted from the plan, and an indicator sheet without its value column', () => {
    const deleted = new SnapshotBuilder().deleteLine('plan', 'DA1.ND4.PT').indicator('CT12', 40);
    expect(runCheck(checkIndicatorFunding, deleted)).toEqual([]);
    const s = new SnapshotBuilder().indicator('CT12', 40).build();
    const ind = s.sheets.find((x) => x.name === 'Chỉ tiêu')!;
    const k = ind.rows[1].findIndex((c) => c?.v === 'KE_HOACH');
    ind.rows[1][k] = { v: null, t: 'z' };
    expect(runCheck(checkIndicatorFunding, s)).toEqual([]);
  });

  it('a long note is clipped in the message', () => {
    const b = new SnapshotBuilder().indicator('CT12', 40, 'x'.repeat(200));
    const f = runCheck(checkIndicatorFunding, b);
    expect(f[0].severity).toBe('info');
    expect(f[0].message.length).toBeLessThan(300);
    expect(f[0].message).toContain('(ghi chú: "xxx');
  });
});

describe('FORMULA_ERROR: which errors are origins', () => {
  const plan = (b: SnapshotBuilder, code: string, key: 'SN_NSTW' | 'SN' = 'SN_NSTW') =>
    moneyCell(b.build(), 'plan', code, key);

  it('a total over a long range holding an error inherits it (range larger than the error list)', () => {
    const b = new SnapshotBuilder();
    const leaf = plan(b, 'DA8');
    const col = leaf.replace(/\d+/, '');
    b.plan('DA8', 'SN_NSTW', errorCell('#N/A', '=VLOOKUP(1,X1:X2,2,0)'));
    b.plan('TONG', 'SN_NSTW', errorCell('#N/A', `=sum(${col}$40:$${col}$5)`));
    expect(runCheck(checkFormulaError, b).map((f) => f.cell)).toEqual([leaf]);
  });

  it('a formula that refers to another sheet, or holds an error literal, is an origin itself', () => {
    const b = new SnapshotBuilder();
    const leaf = plan(b, 'DA8');
    b.plan('DA8', 'SN_NSTW', errorCell('#N/A', '=NA()'));
    b.plan('DA7', 'SN_NSTW', errorCell('#N/A', `='Giao vốn'!I31+${leaf}`));
    b.plan('DA6', 'SN_NSTW', errorCell('#N/A', `=${leaf}+#N/A`));
    expect(
      runCheck(checkFormulaError, b)
        .map((f) => f.cell)
        .sort(),
    ).toEqual([leaf, plan(b, 'DA7'), plan(b, 'DA6')].sort());
  });

  it('an error next to, not inside, the range it sums is an origin; a cell referring only to itself too', () => {
    const b = new SnapshotBuilder();
    const [a, c] = [plan(b, 'DA8'), plan(b, 'DA8', 'SN')];
    b.plan('DA8', 'SN_NSTW', errorCell('#VALUE!', '=1+"x"'));
    // SN sums the columns right of SN_NSTW only: J31, not I31.
    b.plan('DA8', 'SN', errorCell('#VALUE!', `=SUM(${c.replace(/[A-Z]+/, 'J')})`));
    b.plan('DA7', 'SN_NSTW', errorCell('#VALUE!', `=${plan(b, 'DA7')}+1`));
    expect(
      runCheck(checkFormulaError, b)
        .map((f) => f.cell)
        .sort(),
    ).toEqual([a, c, plan(b, 'DA7')].sort());
  });

  it('an error without a formula gives no formula in brackets; #CYCLE! is left to CIRCULAR_REFERENCE', () => {
    const b = new SnapshotBuilder()
      .plan('DA8', 'SN_NSTW', { v: '#NUM!', t: 'e' })
      .plan('DA7', 'SN_NSTW', errorCell('#CYCLE!', '=I30'));
    expect(runCheck(checkFormulaError, b).map((f) => [f.message, f.messageEn])).toEqual([
      ['Ô báo lỗi #NUM!.', 'The cell shows #NUM!.'],
    ]);
  });

  it('a long formula is clipped to 60 characters in the message', () => {
    const long = `=${Array.from({ length: 30 }, (_, i) => `Z${i + 1}`).join('+')}`;
    const f = runCheck(checkFormulaError, new SnapshotBuilder().plan('DA8', 'SN_NSTW', errorCell('#NAME?', long)));
    const inBrackets = /\((.*)\)\.$/.exec(f[0].message)![1];
    expect(inBrackets.length).toBeLessThanOrEqual(60);
    expect(long.startsWith(inBrackets.replace(/…$/, ''))).toBe(true);
  });
});
