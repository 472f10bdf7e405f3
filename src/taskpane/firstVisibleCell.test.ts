import { firstVisibleCell } from './firstVisibleCell';
import { emptyPlan } from './testing/fakes';

describe('firstVisibleCell', () => {
  it('skips hidden rows at the top (the marker row of our sheets)', () => {
    const plan = emptyPlan('pb01', 'Phụ biểu 01 - Chỉ tiêu', 'appendix');
    expect(firstVisibleCell(plan)).toBe('A1');
    expect(
      firstVisibleCell({
        ...plan,
        rows: [
          { index: 0, hidden: true },
          { index: 1, height: 18 },
          { index: 5, hidden: true },
        ],
      }),
    ).toBe('A2');
    expect(
      firstVisibleCell({
        ...plan,
        rows: [
          { index: 0, hidden: true },
          { index: 1, hidden: true },
        ],
      }),
    ).toBe('A3');
  });
});
