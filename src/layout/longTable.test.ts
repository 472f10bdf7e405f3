import type { Finding } from '../model/finding';
import { gridBook, type GridCell } from '../../tests/fixtures/ownLayout/sections';
import { readLayout } from './readLayout';
import { validateAnyWorkbook } from './validateAny';
import { layoutRowNames } from './unitSettings';

/**
 * A long own table in capital sections: 150,000 rows of works ("Công trình …", 10 = 8 NSTW + 2 NSĐP
 * each) under DA1 in its ĐTPT section. Read and checked whole: no "Maximum call stack size exceeded"
 * (a spread of every row's number into Math.max), no check that runs over all rows once per row (it
 * took minutes).
 */
const WORKS = 150_000;
const DA1 = 'Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt';
function longPlan(): GridCell[][] {
  const works: GridCell[][] = Array.from({ length: WORKS }, (_, i) => [
    '-',
    `Công trình nước sinh hoạt thôn ${i + 1}`,
    10,
    8,
    2,
  ]);
  return [
    ['KẾ HOẠCH VỐN NĂM 2024 CHƯƠNG TRÌNH MTQG PHÁT TRIỂN KT-XH VÙNG ĐỒNG BÀO DTTS&MN'],
    ['ĐVT: triệu đồng'],
    ['STT', 'Nội dung', 'Tổng cộng', 'Ngân sách trung ương', 'Ngân sách địa phương'],
    [null, 'TỔNG CỘNG', 1_502_500, 1_202_320, 300_180],
    ['A', 'VỐN ĐẦU TƯ PHÁT TRIỂN', 1_501_200, 1_201_120, 300_080],
    ['1', DA1, 1_500_000, 1_200_000, 300_000],
    ...works,
    ['2', 'Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu', 1200, 1120, 80],
    ['B', 'VỐN SỰ NGHIỆP', 1300, 1200, 100],
    ['1', DA1, 300, 290, 10],
    ['2', 'Dự án 3: Phát triển sản xuất nông, lâm nghiệp bền vững', 1000, 910, 90],
  ];
}
const shown = (f: Finding) => `${f.code}@${f.cell}`;

it('reads every row of works as a detail row of its line, and checks the plan clean', () => {
  const book = gridBook(longPlan());
  const rows = readLayout(book).tables[0].rows;
  expect(rows.filter((r) => r.kind === 'detail' && r.lineCode === 'DA1' && r.capital === 'DTPT')).toHaveLength(WORKS);
  expect(validateAnyWorkbook(book).map(shown)).toEqual([]);
});

it('one slip among them is the one error or warning, at its cell', () => {
  const plan = longPlan();
  plan[6 + 70_000][3] = 8000; // ×1,000: typed in nghìn đồng
  // (DA1 against its 150,000 rows also gets a ROUNDING_DIFF note: the rounding allowed grows with
  // every typed figure, half a unit each, so over 150,000 rows it spans the slip.)
  const found = validateAnyWorkbook(gridBook(plan)).filter((f) => f.severity !== 'info');
  expect(found.map(shown)).toEqual([`UNIT_SUSPECT@D${7 + 70_000}`]);
});

it('the same works in a table of budget columns without sections: read row by row, not searched each row', () => {
  // Budget columns alone make the reader try sections first; with no heading among 150,000 rows, asking
  // at every row whether one was seen yet ran over all rows read so far (minutes).
  const plain = longPlan().filter(
    (r) => r[0] === '-' || (r[0] === '1' && r[2] === 1_500_000) || typeof r[2] !== 'number',
  );
  const rows = readLayout(gridBook(plain)).tables[0].rows;
  expect(rows.filter((r) => r.kind === 'detail' && r.lineCode === 'DA1' && !r.capital)).toHaveLength(WORKS);
  expect(rows.some((r) => r.kind === 'section')).toBe(false);
});

it('names every row of works for consolidation by its code, read once per row, not searched each row', () => {
  // `mtqg consolidate` keeps her names of a unit's rows ("DA1.07" → "Công trình …"): looking each row's
  // text up among all her rows took minutes at this length.
  const names = layoutRowNames(readLayout(gridBook(longPlan())));
  expect(names.size).toBeGreaterThan(WORKS);
  expect(names.get('DA1.70001')).toBe('Công trình nước sinh hoạt thôn 70001');
  expect(names.get('DA1')).toBe(DA1);
});
