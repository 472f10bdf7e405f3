import { SnapshotBuilder } from '../validation/testing/snapshotBuilder';
import { buildAppendixPlans } from './index';

// Written after the fourth (fair) mutation sample was measured, for its pb02 survivors.
describe('Phụ biểu 02 header', () => {
  it('two header rows: single headers merged down, ĐTPT and SN across their three columns', () => {
    const plan = buildAppendixPlans(new SnapshotBuilder().build())[1];
    const at = (row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col);
    const top = plan.cells.filter((c) => c.row === 7).sort((a, b) => a.col - b.col);
    expect(top.map((c) => [c.value ?? null, c.style])).toEqual([
      ['STT', 'header'],
      ['Mã', 'header'],
      ['Nội dung', 'header'],
      ['Tổng cộng', 'header'],
      ['Vốn đầu tư phát triển', 'header'],
      [null, 'header'],
      [null, 'header'],
      ['Vốn sự nghiệp', 'header'],
      [null, 'header'],
      [null, 'header'],
      ['Vốn lồng ghép', 'header'],
      ['Vốn tín dụng chính sách', 'header'],
      ['Vốn huy động khác', 'header'],
      ['Dân đóng góp', 'header'],
      ['Ghi chú', 'header'],
    ]);
    expect([4, 5, 6, 7, 8, 9].map((c) => at(8, c)?.value)).toEqual(['Tổng', 'NSTW', 'NSĐP', 'Tổng', 'NSTW', 'NSĐP']);
    expect(plan.cells.filter((c) => c.row === 8).every((c) => c.style === 'header')).toBe(true);
    expect(plan.merges).toContainEqual({ top: 7, left: 14, bottom: 8, right: 14 });
    expect(plan.merges).toContainEqual({ top: 7, left: 0, bottom: 8, right: 0 });
    expect(plan.merges).toContainEqual({ top: 7, left: 4, bottom: 7, right: 6 });
    expect(plan.merges).toContainEqual({ top: 7, left: 7, bottom: 7, right: 9 });
    expect(plan.rows.filter((r) => r.index === 7 || r.index === 8)).toEqual([
      { index: 7, height: 30 },
      { index: 8, height: 30 },
    ]);
  });
});
