import type { SheetPlan } from '../model/sheetPlan';
import { SnapshotBuilder } from '../validation/testing/snapshotBuilder';
import { buildAppendixPlans } from './index';

/** A plan with money in five sources, NSĐP minimum 7,5 %. */
const pb03 = (): SheetPlan =>
  buildAppendixPlans(
    new SnapshotBuilder({ counterpartPercent: 7.5 })
      .plan('DA4.TDA1.ND1', 'DTPT_NSTW', 1000)
      .plan('DA4.TDA1.ND1', 'DTPT_NSDP', 60)
      .plan('DA8', 'SN_NSTW', 200)
      .plan('DA8', 'LONG_GHEP', 30)
      .plan('DA8', 'DAN_GOP', 5)
      .build(),
  )[2];
/** Row → "content|style" per column: a formula as "=…", a value as JSON. */
const table = (plan: SheetPlan) => {
  const rows = new Map<number, string[]>();
  for (const c of plan.cells) {
    if (c.row < 7) continue;
    const line = rows.get(c.row) ?? [];
    line[c.col] = `${c.formula !== undefined ? `=${c.formula}` : JSON.stringify(c.value)}|${c.style}`;
    rows.set(c.row, line);
  }
  return rows;
};

describe('Phụ biểu 03, cell by cell', () => {
  it('header, grand total, ĐTPT and SN with their counterpart ratio and verdict, the other sources, shares of the total', () => {
    const rows = table(pb03());
    const expected: Array<[number, string[]]> = [
      [
        7,
        [
          '"STT"|header',
          '"Nguồn vốn"|header',
          '"Số tiền"|header',
          '"Tỷ lệ trong tổng số"|header',
          '"Tỷ lệ đối ứng NSĐP/NSTW"|header',
          '"Mức đối ứng tối thiểu"|header',
          '"Đánh giá"|header',
          '"Ghi chú"|header',
        ],
      ],
      [
        8,
        [
          '""|totalLabel',
          '"TỔNG CỘNG"|totalLabel',
          '=C10+C13+C16+C17+C18+C19|moneyTotal',
          '=IF($C$9=0,"",C9/$C$9)|percentTotal',
          'null|emptyTotal',
          'null|emptyTotal',
          'null|emptyTotal',
          'null|emptyTotal',
        ],
      ],
      [
        9,
        [
          '"I"|sttBold',
          '"Vốn đầu tư phát triển"|textBold',
          '=C11+C12|moneyBold',
          '=IF($C$9=0,"",C10/$C$9)|percentBold',
          '=IF(C11=0,"",C12/C11)|percentBold',
          '0.075|percent',
          '=IF(E10="","",IF(ROUND(E10,6)>=F10,"Đạt","Chưa đạt"))|textCenter',
          'null|empty',
        ],
      ],
      [
        10,
        [
          '"1"|stt',
          '"Ngân sách trung ương"|text',
          '1000|money',
          '=IF($C$9=0,"",C11/$C$9)|percent',
          'null|empty',
          'null|empty',
          'null|empty',
          'null|empty',
        ],
      ],
      [
        11,
        [
          '"2"|stt',
          '"Ngân sách địa phương (vốn đối ứng)"|text',
          '60|money',
          '=IF($C$9=0,"",C12/$C$9)|percent',
          'null|empty',
          'null|empty',
          'null|empty',
          'null|empty',
        ],
      ],
      [
        12,
        [
          '"II"|sttBold',
          '"Vốn sự nghiệp"|textBold',
          '=C14+C15|moneyBold',
          '=IF($C$9=0,"",C13/$C$9)|percentBold',
          '=IF(C14=0,"",C15/C14)|percentBold',
          '0.075|percent',
          '=IF(E13="","",IF(ROUND(E13,6)>=F13,"Đạt","Chưa đạt"))|textCenter',
          'null|empty',
        ],
      ],
      [
        13,
        [
          '"1"|stt',
          '"Ngân sách trung ương"|text',
          '200|money',
          '=IF($C$9=0,"",C14/$C$9)|percent',
          'null|empty',
          'null|empty',
          'null|empty',
          'null|empty',
        ],
      ],
      [
        14,
        [
          '"2"|stt',
          '"Ngân sách địa phương (vốn đối ứng)"|text',
          '0|money',
          '=IF($C$9=0,"",C15/$C$9)|percent',
          'null|empty',
          'null|empty',
          'null|empty',
          'null|empty',
        ],
      ],
      [
        15,
        [
          '"III"|sttBold',
          '"Vốn lồng ghép từ các chương trình, dự án khác"|textBold',
          '30|moneyBold',
          '=IF($C$9=0,"",C16/$C$9)|percentBold',
          'null|empty',
          'null|empty',
          'null|empty',
          'null|empty',
        ],
      ],
      [
        16,
        [
          '"IV"|sttBold',
          '"Vốn tín dụng chính sách"|textBold',
          '0|moneyBold',
          '=IF($C$9=0,"",C17/$C$9)|percentBold',
          'null|empty',
          'null|empty',
          'null|empty',
          'null|empty',
        ],
      ],
      [
        17,
        [
          '"V"|sttBold',
          '"Vốn huy động hợp pháp khác"|textBold',
          '0|moneyBold',
          '=IF($C$9=0,"",C18/$C$9)|percentBold',
          'null|empty',
          'null|empty',
          'null|empty',
          'null|empty',
        ],
      ],
      [
        18,
        [
          '"VI"|sttBold',
          '"Dân đóng góp"|textBold',
          '5|moneyBold',
          '=IF($C$9=0,"",C19/$C$9)|percentBold',
          'null|empty',
          'null|empty',
          'null|empty',
          'null|empty',
        ],
      ],
    ];
    for (const [row, cells] of expected) expect([row, rows.get(row)]).toEqual([row, cells]);
  });

  it('the note under the table quotes the minimum, merged across the table', () => {
    const plan = pb03();
    const note = plan.cells.find((c) => c.row === 20 && c.col === 0)!;
    expect([note.value, note.style]).toEqual([
      'Ghi chú: mức đối ứng tối thiểu theo thiết lập của bảng tính (7,5% vốn NSTW, QĐ 39/2021/QĐ-TTg).',
      'noteLine',
    ]);
    expect(plan.merges.filter((m) => m.top >= 7)).toEqual([{ top: 20, left: 0, bottom: 20, right: 7 }]);
    expect(plan.cells.filter((c) => c.row === 19)).toEqual([]);
  });

  it('row heights: a tall header, the total, bold group rows by their wrapped name, 18 for parts', () => {
    expect(pb03().rows.filter((r) => r.index >= 7)).toEqual([
      { index: 7, height: 45 },
      { index: 8, height: 20 },
      { index: 9, height: 19 },
      { index: 10, height: 18 },
      { index: 11, height: 18 },
      { index: 12, height: 19 },
      { index: 13, height: 18 },
      { index: 14, height: 18 },
      { index: 15, height: 19 },
      { index: 16, height: 19 },
      { index: 17, height: 19 },
      { index: 18, height: 19 },
    ]);
  });
});
