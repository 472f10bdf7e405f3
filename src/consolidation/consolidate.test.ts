import { consolidate, type UnitInput, type UnitReading } from './index';
import { SHEET_NAMES } from '../domain/workbookLayout';
import type { SheetPlan } from '../model/sheetPlan';
import { unitReading } from './testing/unitReading';

function unit(name: string, over: Partial<UnitReading> = {}): UnitInput {
  return { kind: 'read', reading: unitReading(name, over) };
}

/** Value typed in a template plan at (code in column MA/KHOA, key in the key row). */
function cellValue(plans: SheetPlan[], sheet: string, code: string, key: string): unknown {
  const plan = plans.find((p) => p.name === sheet)!;
  const keyCell = plan.cells.find((c) => c.value === 'MA' || c.value === 'KHOA')!;
  const col = plan.cells.find((c) => c.row === keyCell.row && c.value === key)!.col;
  const row = plan.cells.find((c) => c.col === keyCell.col && c.row > keyCell.row && c.value === code)!.row;
  return plan.cells.find((c) => c.row === row && c.col === col)?.value;
}

describe('consolidate: the upper level template filled', () => {
  const inputs = [
    unit('Xã A', {
      plan: { DA8: { SN_NSTW: 100, SN_NSDP: 5 }, 'DA4.TDA1.ND1': { DTPT_NSTW: 300 } },
      details: [
        { leafCode: 'DA4.TDA1.ND1', code: 'DA4.TDA1.ND1.01', name: 'Đường Áng Hin', amounts: { DTPT_NSTW: 300 } },
      ],
      allocation: { TONG: { SN_NSTW: 100, DTPT_NSTW: 300 }, DA8: { SN_NSTW: 100 } },
      indicators: { CT06: 10, CT07: 95, CT01: 30, CT15: 'Đánh giá cuối giai đoạn' },
    }),
    unit('Xã B', {
      moneyUnit: 'dong',
      plan: { DA8: { SN_NSTW: 50_000_000 } },
      allocation: { TONG: { SN_NSTW: 50_000_000 } },
      indicators: { CT06: 5, CT07: 90 },
    }),
  ];
  const result = consolidate(inputs, { level: 'huyen', year: 2024, name: 'Huyện X' });

  it('sums leaves per source in the output unit (đồng converted) onto Kế hoạch vốn', () => {
    expect(cellValue(result.plans, SHEET_NAMES.plan, 'DA8', 'SN_NSTW')).toBe(150);
    expect(cellValue(result.plans, SHEET_NAMES.plan, 'DA8', 'SN_NSDP')).toBe(5);
    expect(cellValue(result.plans, SHEET_NAMES.plan, 'DA4.TDA1.ND1', 'DTPT_NSTW')).toBe(300);
    expect(result.units.map((u) => u.converted)).toEqual([false, true]);
    expect(result.units[1].totals).toMatchObject({ SN: 50, TONG: 50 });
  });

  it('writes the allocation only where every unit gave one (DA8 given by Xã A only is left blank)', () => {
    expect(cellValue(result.plans, SHEET_NAMES.allocation, 'TONG', 'SN_NSTW')).toBe(150);
    expect(cellValue(result.plans, SHEET_NAMES.allocation, 'DA8', 'SN_NSTW')).toBeUndefined();
    // DTPT_NSTW was given by Xã A only: the units that got that source all gave it on TONG.
    expect(cellValue(result.plans, SHEET_NAMES.allocation, 'TONG', 'DTPT_NSTW')).toBe(300);
  });

  it('sums counts, lists percentages, per-person figures and text per unit', () => {
    expect(cellValue(result.plans, SHEET_NAMES.indicators, 'CT06', 'KE_HOACH')).toBe(15);
    expect(cellValue(result.plans, SHEET_NAMES.indicators, 'CT07', 'KE_HOACH')).toBeUndefined();
    expect(cellValue(result.plans, SHEET_NAMES.indicators, 'CT07', 'GHI_CHU')).toBe(
      'Tỷ lệ/bình quân, không cộng: Xã A: 95; Xã B: 90',
    );
    expect(cellValue(result.plans, SHEET_NAMES.indicators, 'CT01', 'KE_HOACH')).toBeUndefined();
    expect(String(cellValue(result.plans, SHEET_NAMES.indicators, 'CT15', 'GHI_CHU'))).toContain(
      'Xã A: Đánh giá cuối giai đoạn',
    );
  });

  it('adds Tình hình nộp and Chi tiết theo đơn vị, the detail row marked with its unit', () => {
    expect(result.plans.map((p) => p.name)).toEqual([
      'Thông tin',
      'Giao vốn',
      'Kế hoạch vốn',
      'Chỉ tiêu',
      'Giải ngân',
      'Tình hình nộp',
      'Chi tiết theo đơn vị',
    ]);
    const detail = result.plans.find((p) => p.name === 'Chi tiết theo đơn vị')!;
    const detailRow = detail.cells.find((c) => c.value === 'DA4.TDA1.ND1.01')!.row;
    expect(detail.cells.filter((c) => c.row === detailRow).map((c) => c.value)).toContain('Xã A');
    const lineRow = detail.cells.find((c) => c.value === 'DA8' && c.col === 1)!.row;
    expect(detail.cells.find((c) => c.row === lineRow && c.formula?.startsWith('SUM('))).toBeDefined();
    const submissions = result.plans.find((p) => p.name === 'Tình hình nộp')!;
    expect(submissions.cells.some((c) => c.value === 'quy đổi từ đồng')).toBe(true);
  });
});

describe('consolidate: a figure a unit’s own check called a slip is summed as typed, and said at the line', () => {
  const slip = (code: string, sheet: string, lineCode: string, cell: string) => ({
    code: code as never,
    severity: 'error' as const,
    sheet,
    cell,
    row: 0,
    col: 0,
    lineCode,
    message: '',
    messageEn: '',
  });
  const result = consolidate(
    [
      unit('Xã A', {
        // 300.000 typed in đồng on a triệu sheet, under a detail row of DA4.TDA1.ND1.
        plan: { DA8: { SN_NSTW: 100 }, 'DA4.TDA1.ND1': { DTPT_NSTW: 300_000 } },
        findings: [
          slip('UNIT_SUSPECT', SHEET_NAMES.plan, 'DA4.TDA1.ND1.01', 'F30'),
          // Near misses: a slip on Giao vốn is not in the plan's sums; a finding of another kind.
          slip('UNIT_SUSPECT', SHEET_NAMES.allocation, 'DA8', 'I20'),
          slip('SUM_MISMATCH', SHEET_NAMES.plan, 'DA8', 'I20'),
        ],
      }),
      unit('Xã B', { plan: { DA8: { SN_NSTW: 90 } } }),
    ],
    { level: 'huyen', year: 2024 },
  );

  it('the consolidated line carries the figure as typed and names the unit and the cell', () => {
    expect(cellValue(result.plans, SHEET_NAMES.plan, 'DA4.TDA1.ND1', 'DTPT_NSTW')).toBe(300_000);
    const note = String(cellValue(result.plans, SHEET_NAMES.plan, 'DA4.TDA1.ND1', 'GHI_CHU'));
    expect(note).toContain('Số nghi gõ nhầm / suspected slip: Xã A, Xã A.xlsx: Kế hoạch vốn!F30 (UNIT_SUSPECT)');
    expect(note).toContain('summed as typed');
  });

  it('near miss: lines without such a slip get no note', () => {
    expect(cellValue(result.plans, SHEET_NAMES.plan, 'DA8', 'SN_NSTW')).toBe(190);
    expect(cellValue(result.plans, SHEET_NAMES.plan, 'DA8', 'GHI_CHU')).toBeUndefined();
  });
});
