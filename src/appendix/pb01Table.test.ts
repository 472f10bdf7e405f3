import type { SheetPlan } from '../model/sheetPlan';
import type { WorkbookSnapshot } from '../model/snapshot';
import { SnapshotBuilder } from '../validation/testing/snapshotBuilder';
import { buildAppendixPlans } from './index';

const pb01 = (s: WorkbookSnapshot): SheetPlan => buildAppendixPlans(s)[0];
const rowsOf = (plan: SheetPlan, from: number) => {
  const rows = new Map<number, string[]>();
  for (const c of plan.cells) {
    if (c.row < from) continue;
    const line = rows.get(c.row) ?? [];
    line[c.col] = `${JSON.stringify(c.value)}|${c.style}`;
    rows.set(c.row, line);
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
};

describe('Phụ biểu 01, cell by cell', () => {
  it('planned indicators only, numbered, counts and decimals styled apart, text targets as typed', () => {
    const s = new SnapshotBuilder()
      .indicator('CT12', 40)
      .indicator('CT01', 35.5)
      .indicator('CT14', 'Đánh giá cuối giai đoạn')
      .indicator('CT13', null, 'chưa giao')
      .build();
    expect(rowsOf(pb01(s), 7)).toEqual([
      [
        '"STT"|header',
        '"Chỉ tiêu"|header',
        '"ĐVT"|header',
        '"Kế hoạch năm"|header',
        '"Đơn vị chủ trì theo dõi"|header',
        '"Ghi chú"|header',
      ],
      [
        '1|stt',
        '"Thu nhập bình quân đầu người của người DTTS"|text',
        '"triệu đồng/người/năm"|textCenter',
        '35.5|decimal',
        '""|text',
        '""|text',
      ],
      [
        '2|stt',
        '"Số hộ được hỗ trợ nước sinh hoạt phân tán"|text',
        '"hộ"|textCenter',
        '40|count',
        '""|text',
        '""|text',
      ],
      [
        '3|stt',
        expect.stringMatching(/\|text$/),
        expect.stringMatching(/\|textCenter$/),
        'null|targetText',
        '""|text',
        '"chưa giao"|text',
      ],
      [
        '4|stt',
        expect.stringMatching(/\|text$/),
        expect.stringMatching(/\|textCenter$/),
        '"Đánh giá cuối giai đoạn"|targetText',
        '""|text',
        '""|text',
      ],
    ]);
  });

  it('a name or unit left blank on the sheet is taken from the catalog', () => {
    const s = new SnapshotBuilder().indicator('CT12', 40).build();
    const ind = s.sheets.find((x) => x.name === 'Chỉ tiêu')!;
    const keys = ind.rows[1];
    const row = ind.rows.find((r) => r?.some((c) => c?.v === 'CT12'))!;
    for (const key of ['CHI_TIEU', 'DVT']) row[keys.findIndex((c) => c?.v === key)] = { v: null, t: 'z' };
    const plan = pb01(s);
    const cell = (col: number) => plan.cells.find((c) => c.row === 8 && c.col === col)?.value;
    expect([cell(1), cell(2)]).toEqual(['Số hộ được hỗ trợ nước sinh hoạt phân tán', 'hộ']);
  });

  it('the header row is 32 points; a long note makes its row taller', () => {
    const s = new SnapshotBuilder().indicator('CT12', 40, 'x'.repeat(120)).build();
    const plan = pb01(s);
    expect(plan.rows.find((r) => r.index === 7)).toEqual({ index: 7, height: 32 });
    expect(plan.rows.find((r) => r.index === 8)!.height).toBeGreaterThan(50);
  });
});
