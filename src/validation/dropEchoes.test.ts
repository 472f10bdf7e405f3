import type { Finding } from '../model/finding';
import { handFinding } from './testing/handFinding';
import { dropEchoes, setSumRelation } from './echoes';
import { setExcess } from './slipMarks';
import { unitSlipsOf } from './unitSlips';

const PLAN = 'Kế hoạch vốn';
const ALLOC = 'Giao vốn';
const f = handFinding;
const kept = (list: Finding[]) => dropEchoes(list, 5).map((x) => `${x.code}@${x.lineCode}/${x.sourceKey ?? ''}`);

describe('dropEchoes: a slip explains the totals above it', () => {
  it('a unit slip explains an over-allocation on its line, its ancestors and its total columns', () => {
    const slip = f('UNIT_SUSPECT', 'DA4.TDA1.ND1', 'DTPT_NSTW', 100_000, 100, PLAN, 'warning');
    setExcess(slip, 99_900);
    const echoes = [
      f('OVER_ALLOCATION', 'DA4.TDA1.ND1', 'DTPT_NSTW', 100_000, 100),
      f('OVER_ALLOCATION', 'DA4', 'DTPT', 100_500, 600),
      f('OVER_ALLOCATION', 'TONG', 'TONG', 100_500, 600),
    ];
    expect(kept([slip, ...echoes])).toEqual(['UNIT_SUSPECT@DA4.TDA1.ND1/DTPT_NSTW']);
    // Standing for the errors it explains, the warning becomes an error.
    expect(slip.severity).toBe('error');
  });

  it('not an echo on another line, another project or another source column', () => {
    const slip = f('UNIT_SUSPECT', 'DA4.TDA1.ND1', 'DTPT_NSTW', 100_000, 100);
    setExcess(slip, 99_900);
    const others = [
      f('OVER_ALLOCATION', 'DA4.TDA1.ND2', 'DTPT_NSTW', 100_000, 100),
      f('OVER_ALLOCATION', 'DA5', 'DTPT_NSTW', 100_000, 100),
      f('OVER_ALLOCATION', 'DA4', 'SN', 100_000, 100),
      f('OVER_ALLOCATION', 'DA4', 'DTPT_NSDP', 100_000, 100),
    ];
    expect(kept([slip, ...others])).toHaveLength(5);
  });

  it('a difference the slip does not explain stays (beyond half a percent of the slip)', () => {
    const slip = () => {
      const s = f('UNIT_SUSPECT', 'DA8', 'SN_NSTW', 100_000, 100);
      setExcess(s, 99_900);
      return s;
    };
    // 0.5 % of 99.900 is 499.5: a difference of 99.900 + 499 is still the slip, + 501 is not.
    expect(kept([slip(), f('OVER_ALLOCATION', 'DA8', 'SN', 100_499, 100)])).toHaveLength(1);
    expect(kept([slip(), f('OVER_ALLOCATION', 'DA8', 'SN', 100_501, 100)])).toHaveLength(2);
  });

  it('an exact slip (text the totals miss) has no slack; a typed total is no plan slip (the tool sums typed cells)', () => {
    const text = () => f('NUMBER_AS_TEXT', 'DA8', 'SN_NSTW', 500);
    expect(kept([text(), f('UNDER_ALLOCATION', 'DA8', 'SN', 0, 500)])).toHaveLength(1);
    expect(kept([text(), f('UNDER_ALLOCATION', 'DA8', 'SN', 0, 501)])).toHaveLength(2);
    const hard = f('HARDCODED_TOTAL', 'DA4.TDA1', 'DTPT_NSTW', 700, 600);
    expect(kept([hard, f('OVER_ALLOCATION', 'DA4', 'DTPT_NSTW', 700, 600)])).toHaveLength(2);
  });

  it('a number stored as text explains the under-allocation of what it misses', () => {
    const text = f('NUMBER_AS_TEXT', 'DA8', 'SN_NSTW', 500, undefined, PLAN, 'warning');
    expect(kept([text, f('UNDER_ALLOCATION', 'DA8', 'SN', 0, 500)])).toEqual(['NUMBER_AS_TEXT@DA8/SN_NSTW']);
    expect(kept([f('NUMBER_AS_TEXT', 'DA8', undefined, 500), f('UNDER_ALLOCATION', 'DA8', 'SN', 0, 500)])).toHaveLength(
      2,
    );
  });

  it('a slip on Giao vốn explains a plan finding on its own line only; on its very cell whatever the amounts', () => {
    const allocSlip = () => {
      const s = f('UNIT_SUSPECT', 'DA8', 'SN_NSTW', 100_000, 100, ALLOC);
      setExcess(s, 99_900);
      return s;
    };
    expect(kept([allocSlip(), f('UNDER_ALLOCATION', 'DA8', 'SN', 100, 100_000)])).toHaveLength(1);
    expect(kept([allocSlip(), f('UNDER_ALLOCATION', 'DA8', 'SN_NSTW', 7, 3)])).toHaveLength(1);
    expect(kept([allocSlip(), f('UNDER_ALLOCATION', 'TONG', 'SN', 100, 100_000)])).toHaveLength(2);
    // A number as text on Giao vốn is not a slip of the allocation figure.
    expect(
      kept([f('NUMBER_AS_TEXT', 'DA8', 'SN_NSTW', 500, undefined, ALLOC), f('UNDER_ALLOCATION', 'DA8', 'SN', 0, 500)]),
    ).toHaveLength(2);
  });

  it('a sum finding is explained by slips among its parts on its sheet, not by text and not by its own cell', () => {
    const hard = () => f('HARDCODED_TOTAL', 'DA4.TDA1', 'DTPT_NSTW', 700, 600);
    // DA4 shows 600 while its parts, the typed 700 among them, sum to 700: the typed total's 100 explains it.
    expect(kept([hard(), f('SUM_MISMATCH', 'DA4', 'DTPT_NSTW', 600, 700)])).toEqual([
      'HARDCODED_TOTAL@DA4.TDA1/DTPT_NSTW',
    ]);
    expect(kept([hard(), f('SUM_MISMATCH', 'DA4', 'DTPT_NSTW', 600, 701)])).toHaveLength(2);
    expect(
      kept([
        f('HARDCODED_TOTAL', 'DA4.TDA1', 'DTPT_NSTW', 700, 600, ALLOC),
        f('SUM_MISMATCH', 'DA4', 'DTPT_NSTW', 600, 700),
      ]),
    ).toHaveLength(2);
    expect(
      kept([f('NUMBER_AS_TEXT', 'DA4.TDA1', 'DTPT_NSTW', 100), f('SUM_MISMATCH', 'DA4', 'DTPT_NSTW', 0, 100)]),
    ).toHaveLength(2);
  });

  it('a sum column of her own adds up its own row only', () => {
    const slip = f('UNIT_SUSPECT', 'DA8', 'SN_NSTW', 100_000, 100);
    setExcess(slip, 99_900);
    const own = f('HARDCODED_TOTAL', 'DA8', undefined, 100, 100_000);
    setSumRelation(own, ['SN_NSTW', 'SN_NSDP']);
    expect(kept([slip, own])).toHaveLength(1);
    const slipBelow = f('UNIT_SUSPECT', 'DA8.01', 'SN_NSTW', 100_000, 100);
    setExcess(slipBelow, 99_900);
    const ownAbove = f('HARDCODED_TOTAL', 'DA8', undefined, 100, 100_000);
    setSumRelation(ownAbove, ['SN_NSTW']);
    expect(kept([slipBelow, ownAbove])).toHaveLength(2);
  });

  it('findings without line or figures are never echoes', () => {
    const slip = f('UNIT_SUSPECT', 'DA8', 'SN_NSTW', 100_000, 100);
    setExcess(slip, 99_900);
    const list = [
      slip,
      f('OVER_ALLOCATION', 'DA8', 'SN', undefined, 100),
      f('OVER_ALLOCATION', 'DA8', 'SN', 100_000, undefined),
      f('OVER_ALLOCATION', 'DA8', undefined, 100_000, 100),
    ];
    expect(kept(list)).toHaveLength(4);
  });
});

describe('COUNTERPART_SHORTFALL re-judged without the slips', () => {
  it('a central slip that makes the local share look short: dropped', () => {
    const slip = f('UNIT_SUSPECT', 'DA8', 'SN_NSTW', 100_000, 100);
    setExcess(slip, 99_900);
    // Local 10 against 5 % of central 100.100 (5.005): with the slip, central is 200 and 10 is enough.
    const short = f('COUNTERPART_SHORTFALL', 'TONG', undefined, 10, 5005);
    expect(kept([slip, short])).toEqual(['UNIT_SUSPECT@DA8/SN_NSTW']);
  });

  it('still short without the slip: kept; a slip on Giao vốn or another source says nothing', () => {
    const slip = f('UNIT_SUSPECT', 'DA8', 'SN_NSTW', 100_000, 100);
    setExcess(slip, 99_900);
    expect(kept([slip, f('COUNTERPART_SHORTFALL', 'TONG', undefined, 5, 5005)])).toHaveLength(2);
    const alloc = f('UNIT_SUSPECT', 'DA8', 'SN_NSTW', 100_000, 100, ALLOC);
    setExcess(alloc, 99_900);
    expect(kept([alloc, f('COUNTERPART_SHORTFALL', 'TONG', undefined, 10, 5005)])).toHaveLength(2);
    const other = f('UNIT_SUSPECT', 'DA8', 'LONG_GHEP', 100_000, 100);
    setExcess(other, 99_900);
    expect(kept([other, f('COUNTERPART_SHORTFALL', 'TONG', undefined, 10, 5005)])).toHaveLength(2);
  });

  it('a local slip on the type asked about counts against the local side; a zero minimum judges nothing', () => {
    const local = f('UNIT_SUSPECT', 'DA8', 'SN_NSDP', 100_000, 100);
    setExcess(local, -99_900);
    // Local shown as 0.1 (typed ÷1000 by mistake... its meant figure is 100.000): enough for 5 % of 1.000.000.
    const short = f('COUNTERPART_SHORTFALL', 'TONG', 'SN_NSDP', 0.1, 50_000);
    expect(kept([local, short])).toHaveLength(1);
    expect(dropEchoes([local, f('COUNTERPART_SHORTFALL', 'TONG', 'SN_NSDP', 0.1, 50_000)], 0)).toHaveLength(2);
  });
});

describe('unitSlipsOf', () => {
  it('one slip per cell, with the figure meant; none without a line, a source, a figure or an excess', () => {
    const a = f('UNIT_SUSPECT', 'DA8', 'SN_NSTW', 100_000, 100);
    setExcess(a, 99_900);
    const again = { ...a };
    setExcess(again, 99_000);
    const zero = f('UNIT_SUSPECT', 'DA7', 'SN_NSTW', 100, 100);
    const noLine = f('UNIT_SUSPECT', '', 'SN_NSTW', 100_000, 100);
    const noSource = f('UNIT_SUSPECT', 'DA6', undefined, 100_000, 100);
    const other = f('OVER_ALLOCATION', 'DA5', 'SN_NSTW', 100_000, 100);
    expect(unitSlipsOf([a, again, zero, noLine, noSource, other])).toEqual([
      { sheet: PLAN, cell: a.cell, lineCode: 'DA8', sourceKey: 'SN_NSTW', actual: 100_000, meant: 100 },
    ]);
    const byExpected = f('UNIT_SUSPECT', 'DA4', 'SN_NSTW', 2000, 2);
    expect(unitSlipsOf([byExpected]).map((s) => s.meant)).toEqual([2]);
  });
  it('her row sum before the total column it adds (C before a G typed 1,000 × too large): explained on a second look', () => {
    const rowSum = f('SUM_MISMATCH', 'TONG', 'TONG', 1_238, 1_238 + 999 * 618);
    setSumRelation(rowSum, ['DTPT', 'SN', 'LONG_GHEP', 'TIN_DUNG']);
    const snTotal = f('UNIT_SUSPECT', 'TONG', 'SN', 618_000, 618);
    setSumRelation(snTotal);
    expect(kept([rowSum, snTotal])).toEqual(['UNIT_SUSPECT@TONG/SN']);
  });
});
