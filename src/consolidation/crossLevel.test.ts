import { consolidate, type UnitInput, type UnitReading } from './index';
import { makeFinding } from '../validation/findingFactory';

function reading(over: Partial<UnitReading> & { file: string; unitName: string }): UnitReading {
  return {
    level: 'xa',
    year: 2024,
    moneyUnit: 'trieu',
    settingCells: { DON_VI: 'Thông tin!C6', NAM: 'Thông tin!C8', CAP: 'Thông tin!C7' },
    findings: [],
    plan: { DA8: { SN_NSTW: 100 } },
    details: [],
    allocation: { TONG: { SN_NSTW: 100 }, DA8: { SN_NSTW: 100 } },
    allocationCells: { SN_NSTW: 'Giao vốn!J9' },
    indicators: {},
    ...over,
  };
}
const read = (r: UnitReading): UnitInput => ({ kind: 'read', reading: r });
const codes = (inputs: UnitInput[], upper?: Parameters<typeof consolidate>[2]) =>
  consolidate(inputs, { level: 'huyen', year: 2024 }, upper).findings.map((f) => `${f.code}:${f.severity}`);

describe('DUPLICATE_UNIT', () => {
  it('flags the second file of the same unit (case and accents folded) and leaves it out of the sums', () => {
    const result = consolidate(
      [
        read(reading({ file: 'a.xlsx', unitName: 'Xã Vĩnh Ô' })),
        read(reading({ file: 'b.xlsx', unitName: 'xã vinh o' })),
      ],
      { level: 'huyen', year: 2024 },
    );
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['DUPLICATE_UNIT', 'B7']]);
    expect(result.units.map((u) => u.summed)).toEqual([true, false]);
    expect(result.sums.plan.DA8.SN_NSTW).toBe(100);
  });
  it('near miss: two different units are both summed', () => {
    const inputs = [
      read(reading({ file: 'a.xlsx', unitName: 'Xã Vĩnh Ô' })),
      read(reading({ file: 'b.xlsx', unitName: 'Xã Vĩnh Hà' })),
    ];
    expect(codes(inputs)).toEqual([]);
    expect(consolidate(inputs, { year: 2024 }).sums.plan.DA8.SN_NSTW).toBe(200);
  });
});

describe('UNIT_YEAR_MISMATCH / UNIT_LEVEL_MISMATCH', () => {
  it('flags a plan of another year and a unit of the wrong level (still summed)', () => {
    const result = consolidate(
      [
        read(reading({ file: 'a.xlsx', unitName: 'A', year: 2023 })),
        read(reading({ file: 'b.xlsx', unitName: 'B', level: 'huyen' })),
      ],
      { level: 'huyen', year: 2024 },
    );
    expect(result.findings.map((f) => f.code)).toEqual(['UNIT_YEAR_MISMATCH', 'UNIT_LEVEL_MISMATCH']);
    expect(result.findings[0]).toMatchObject({ expected: 2024, actual: 2023 });
    expect(result.units.map((u) => [u.status, u.summed])).toEqual([
      ['findings', true],
      ['findings', true],
    ]);
  });
  it('near miss: districts consolidated into a province are the right level', () => {
    const inputs = [read(reading({ file: 'a.xlsx', unitName: 'Huyện A', level: 'huyen' }))];
    expect(consolidate(inputs, { level: 'tinh', year: 2024 }).findings).toEqual([]);
  });
});

describe('UNIT_UNREADABLE', () => {
  it('lists an unreadable file with its reason and does not sum it', () => {
    const result = consolidate(
      [
        read(reading({ file: 'a.xlsx', unitName: 'A' })),
        { kind: 'unreadable', input: { file: 'x.xlsx', reason: 'hỏng' } },
      ],
      { year: 2024 },
    );
    expect(result.findings.map((f) => f.code)).toEqual(['UNIT_UNREADABLE']);
    expect(result.units[1]).toMatchObject({ status: 'unreadable', reason: 'hỏng', summed: false, errors: 1 });
    expect(result.summary).toMatchObject({ units: 2, summed: 1, unreadable: 1 });
  });
  it('near miss: readable files give no such finding', () => {
    expect(codes([read(reading({ file: 'a.xlsx', unitName: 'A' }))])).toEqual([]);
  });
});

describe('OVER_ALLOCATION / UNDER_ALLOCATION across levels', () => {
  const units = [
    read(reading({ file: 'a.xlsx', unitName: 'A' })),
    read(reading({ file: 'b.xlsx', unitName: 'B', allocation: { TONG: { SN_NSTW: 50 } } })),
  ];
  const upper = (received: number, unit: 'trieu' | 'nghin' = 'trieu') => ({
    reading: reading({
      file: 'huyen.xlsx',
      unitName: 'Huyện',
      level: 'huyen',
      moneyUnit: unit,
      allocation: { TONG: { SN_NSTW: received } },
    }),
    decisions: null,
  });
  it('flags units given more than the upper level received, per source, on the consolidated Giao vốn', () => {
    const result = consolidate(units, { year: 2024 }, upper(140));
    expect(result.findings.map((f) => [f.code, f.sheet, f.sourceKey, f.expected, f.actual])).toEqual([
      ['OVER_ALLOCATION', 'Giao vốn', 'SN_NSTW', 140, 150],
    ]);
  });
  it('warns when units were given less, and compares an upper workbook in nghìn đồng after conversion', () => {
    expect(codes(units, upper(160))).toEqual(['UNDER_ALLOCATION:warning']);
    expect(codes(units, upper(150_000, 'nghin'))).toEqual([]);
  });
  it('near miss: equal allocations give nothing', () => {
    expect(codes(units, upper(150))).toEqual([]);
  });
});

describe('ALLOCATION_DIFFERS_FROM_DECISION', () => {
  const decisions = new Map([
    ['xa a', { name: 'Xã A', ref: 'Giao vốn theo đơn vị!B8', amounts: { SN_NSTW: 100 } }],
    ['xa b', { name: 'Xã B', ref: 'Giao vốn theo đơn vị!B9', amounts: { SN_NSTW: 90 } }],
  ]);
  const upper = {
    reading: reading({ file: 'huyen.xlsx', unitName: 'Huyện', level: 'huyen', allocation: {} }),
    decisions,
  };
  it('flags a unit whose own Giao vốn differs from its row on the decision, as an error', () => {
    const result = consolidate(
      [read(reading({ file: 'a.xlsx', unitName: 'Xã A' })), read(reading({ file: 'b.xlsx', unitName: 'Xã B' }))],
      { year: 2024 },
      upper,
    );
    expect(result.findings.map((f) => [f.code, f.severity, f.cell, f.expected, f.actual])).toEqual([
      ['ALLOCATION_DIFFERS_FROM_DECISION', 'error', 'B7', 90, 100],
    ]);
    expect(result.findings[0].message).toContain('Giao vốn!J9');
  });
  it('warns when a unit has no row on the decision', () => {
    const result = consolidate([read(reading({ file: 'c.xlsx', unitName: 'Xã C' }))], { year: 2024 }, upper);
    const onRow = result.findings.filter((f) => f.cell === 'B6');
    expect(onRow.map((f) => [f.code, f.severity])).toEqual([['ALLOCATION_DIFFERS_FROM_DECISION', 'warning']]);
    expect(onRow[0].message).toContain('không có dòng');
    // Xã A and Xã B were given money and submitted nothing.
    expect(result.findings.filter((f) => f.cell === 'A1')).toHaveLength(2);
  });
  it('warns about a unit given money on the decision that submitted no plan', () => {
    const result = consolidate([read(reading({ file: 'a.xlsx', unitName: 'Xã A' }))], { year: 2024 }, upper);
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([['ALLOCATION_DIFFERS_FROM_DECISION', 'warning']]);
    expect(result.findings[0].message).toMatch(/^Xã B được giao vốn .* chưa nộp kế hoạch/);
  });
  it('near miss: the same figure typed in đồng matches after conversion', () => {
    const inDong = reading({
      file: 'a.xlsx',
      unitName: 'XÃ A',
      moneyUnit: 'dong',
      plan: {},
      allocation: { TONG: { SN_NSTW: 100_000_000 } },
    });
    const b = reading({ file: 'b.xlsx', unitName: 'Xã B', allocation: { TONG: { SN_NSTW: 90 } } });
    expect(codes([read(inDong), read(b)], upper)).toEqual([]);
  });

  describe("a slip on the unit's own Giao vốn is one finding, under the unit", () => {
    const slip = (code: string, extra: Record<string, unknown>) =>
      makeFinding(code as never, {
        message: '',
        messageEn: '',
        sheet: 'Giao vốn',
        row: 20,
        col: 9,
        sourceKey: 'SN_NSTW',
        lineCode: 'DA8',
        ...extra,
      });
    const b = reading({ file: 'b.xlsx', unitName: 'Xã B', allocation: { TONG: { SN_NSTW: 90 } } });
    const unitA = (total: number, findings: ReturnType<typeof slip>[]) =>
      read(reading({ file: 'a.xlsx', unitName: 'Xã A', allocation: { TONG: { SN_NSTW: total } }, findings }));
    const differs = (a: UnitInput) =>
      consolidate([a, read(b)], { year: 2024 }, upper).findings.filter(
        (f) => f.code === 'ALLOCATION_DIFFERS_FROM_DECISION',
      );
    it('a line typed in nghìn đồng that, taken as meant, gives the decision', () => {
      expect(differs(unitA(100_000, [slip('UNIT_SUSPECT', { actual: 100_000 })]))).toEqual([]);
      expect(differs(unitA(100_000_000, [slip('UNIT_SUSPECT', { actual: 100_000_000 })]))).toEqual([]);
    });
    it('near miss: a unit slip in another source, or one that does not give the decision, leaves the difference', () => {
      expect(differs(unitA(100_000, [slip('UNIT_SUSPECT', { actual: 100_000, sourceKey: 'SN_NSDP' })]))).toHaveLength(
        1,
      );
      expect(differs(unitA(100_000, [slip('UNIT_SUSPECT', { actual: 50_000 })]))).toHaveLength(1);
    });
    it('a cell holding no figure of hers: explained while a figure she may have meant closes it', () => {
      // Text in a line: her total is 60 without it, the decision 100 — she may have meant 40 there.
      expect(differs(unitA(60, [slip('NOT_A_NUMBER', {})]))).toEqual([]);
      // A date counted as its serial (45.427) in a total of 45.487: without it 60.
      expect(differs(unitA(45_487, [slip('DATE_IN_AMOUNT', { actual: 45_427 })]))).toEqual([]);
      // 120 without the text cell is over the decision whatever she meant there.
      expect(differs(unitA(120, [slip('NOT_A_NUMBER', {})]))).toHaveLength(1);
    });
    it('near miss: money under a % format is counted as shown, the figure meant: it explains no difference', () => {
      expect(differs(unitA(60, [slip('PERCENT_IN_AMOUNT', { actual: 30 })]))).toHaveLength(1);
    });
    it('her typed grand total against lines that give the decision', () => {
      const total = slip('SUM_MISMATCH', { lineCode: 'TONG', actual: 1000, expected: 100 });
      expect(differs(unitA(1000, [total]))).toEqual([]);
      expect(differs(unitA(1000, [{ ...total, expected: 95 }]))).toHaveLength(1);
    });
  });
});
