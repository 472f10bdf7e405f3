import { consolidate, type UnitReading } from './index';
import type { UnitDecision } from './readDecisions';
import { unitReading } from './testing/unitReading';

/** Xã A was given 100 ĐTPT NSTW and 50 SN NSTW (triệu); what it typed on its own Giao vốn varies. */
const decisions = new Map<string, UnitDecision>([
  ['xa a', { name: 'Xã A', ref: 'Giao vốn theo đơn vị!B8', amounts: { DTPT_NSTW: 100, SN_NSTW: 50 } }],
]);
const upper = {
  reading: unitA({}),
  decisions,
};

function unitA(allocation: UnitReading['allocation']): UnitReading {
  return unitReading('Xã A', {
    file: 'a.xlsx',
    allocation,
    allocationCells: { DTPT_NSTW: 'Giao vốn!F9', SN_NSTW: 'Giao vốn!J9', SN_NSDP: 'Giao vốn!K9' },
  });
}
const across = (allocation: UnitReading['allocation']) =>
  consolidate([{ kind: 'read', reading: unitA(allocation) }], { year: 2024 }, upper).findings;

/** Xã A's findings with the decision giving `amounts` instead (set back afterwards). */
function acrossDecided(amounts: UnitDecision['amounts'], allocation: UnitReading['allocation']) {
  const usual = decisions.get('xa a')!;
  decisions.set('xa a', { ...usual, amounts });
  try {
    return across(allocation);
  } finally {
    decisions.set('xa a', usual);
  }
}

describe("FIGURE_IN_WRONG_COLUMN across levels: a figure typed one column over on the unit's own Giao vốn", () => {
  it('ĐTPT over by exactly what SN is under: one finding naming both cells and the line typed', () => {
    // DA1's 40 of investment typed under SN: ĐTPT 60 (decided 100), SN 90 (decided 50).
    const f = across({
      TONG: { DTPT_NSTW: 60, SN_NSTW: 90 },
      DA4: { DTPT_NSTW: 60 },
      DA1: { SN_NSTW: 40 },
      'DA1.TDA1': { SN_NSTW: 40 },
      DA8: { SN_NSTW: 50 },
    });
    expect(f.map((x) => [x.code, x.severity, x.sourceKey])).toEqual([['FIGURE_IN_WRONG_COLUMN', 'error', 'SN_NSTW']]);
    expect(f[0].message).toContain('SN_NSTW (Giao vốn!J9) thừa đúng 40 triệu đồng');
    expect(f[0].message).toContain('DTPT_NSTW (Giao vốn!F9) thiếu đúng số này');
    expect(f[0].messageEn).toContain('typed under SN_NSTW instead of DTPT_NSTW on line DA1.TDA1');
    // The deepest line holding the 40 (DA1 only sums it).
    expect(f[0].message).toContain('ở dòng DA1.TDA1');
  });

  it('two lines holding the figure: the move is still told once, without guessing the line', () => {
    const f = across({
      TONG: { DTPT_NSTW: 60, SN_NSTW: 90 },
      DA1: { SN_NSTW: 40 },
      DA5: { SN_NSTW: 40 },
      DA4: { DTPT_NSTW: 60 },
      DA8: { SN_NSTW: 10 },
    });
    expect(f.map((x) => x.code)).toEqual(['FIGURE_IN_WRONG_COLUMN']);
    expect(f[0].message).not.toContain('ở dòng');
  });

  it('near miss: over by 40, under by 30 — two differences, as before', () => {
    const f = across({ TONG: { DTPT_NSTW: 70, SN_NSTW: 90 } });
    expect(f.map((x) => [x.code, x.sourceKey])).toEqual([
      ['ALLOCATION_DIFFERS_FROM_DECISION', 'DTPT_NSTW'],
      ['ALLOCATION_DIFFERS_FROM_DECISION', 'SN_NSTW'],
    ]);
  });

  it('near miss: two columns under by the figure could each be meant: blame neither', () => {
    // SN_NSTW over by 40; ĐTPT NSTW and SN NSĐP each under by 40.
    const f = acrossDecided(
      { DTPT_NSTW: 100, SN_NSTW: 50, SN_NSDP: 40 },
      { TONG: { DTPT_NSTW: 60, SN_NSTW: 90, SN_NSDP: 0 } },
    );
    expect(f.map((x) => x.code)).toEqual(Array(3).fill('ALLOCATION_DIFFERS_FROM_DECISION'));
  });

  it("typed over the column's own figure, the column meant left blank: one finding naming the figure overwritten", () => {
    // SN's 50 typed under ĐTPT on DA8 (over the 100 of ĐTPT the decision gives); SN left blank.
    const f = across({ TONG: { DTPT_NSTW: 50 }, DA8: { DTPT_NSTW: 50 } });
    expect(f.map((x) => [x.code, x.sourceKey, x.expected, x.actual])).toEqual([
      ['FIGURE_IN_WRONG_COLUMN', 'DTPT_NSTW', 100, 50],
    ]);
    expect(f[0].message).toContain(
      'DTPT_NSTW (Giao vốn!F9) là 50 triệu đồng (50.000.000 đồng), đúng số cấp trên giao cho SN_NSTW',
    );
    expect(f[0].message).toContain('để trống SN_NSTW (Giao vốn!J9)');
    expect(f[0].message).toContain('ở dòng DA8');
    expect(f[0].message).toContain('đè lên số DTPT_NSTW cấp trên giao (100 triệu đồng)');
    expect(f[0].messageEn).toContain('left SN_NSTW (Giao vốn!J9) blank');
  });

  it('the column meant holding less (her lines only, 10 in SN): still one finding, quoting it', () => {
    const f = across({ TONG: { DTPT_NSTW: 50, SN_NSTW: 10 } });
    expect(f.map((x) => [x.code, x.sourceKey])).toEqual([['FIGURE_IN_WRONG_COLUMN', 'DTPT_NSTW']]);
    expect(f[0].message).toContain('SN_NSTW (Giao vốn!J9) chỉ 10 triệu đồng');
  });

  it("near miss: the figure is the decision's for two other columns: blame neither (three differences)", () => {
    const f = acrossDecided(
      { DTPT_NSTW: 100, SN_NSTW: 50, SN_NSDP: 50 },
      { TONG: { DTPT_NSTW: 50, SN_NSTW: 0, SN_NSDP: 0 } },
    );
    expect(f.map((x) => x.code)).toEqual(Array(3).fill('ALLOCATION_DIFFERS_FROM_DECISION'));
  });

  it('two figures swapped: one finding saying so, not a move of their difference', () => {
    const f = across({ TONG: { DTPT_NSTW: 50, SN_NSTW: 100 } });
    expect(f.map((x) => x.code)).toEqual(['FIGURE_IN_WRONG_COLUMN']);
    expect(f[0].message).toContain('đổi chỗ');
    expect(f[0].message).toContain('DTPT_NSTW 100 triệu đồng, SN_NSTW 50 triệu đồng');
    expect(f[0].message).not.toContain('thừa đúng');
    expect(f[0].messageEn).toContain('look swapped');
  });

  it('near miss: SN 90 for 50 and ĐTPT 50 for 100 is no swap (and no move: 40 over, 50 under)', () => {
    const f = across({ TONG: { DTPT_NSTW: 50, SN_NSTW: 90 } });
    expect(f.map((x) => x.code)).toEqual(['ALLOCATION_DIFFERS_FROM_DECISION', 'ALLOCATION_DIFFERS_FROM_DECISION']);
  });
});
