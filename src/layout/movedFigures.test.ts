import { a1 } from '../model/a1';
import type { WorkbookSnapshot } from '../model/snapshot';
import { ngocHoi } from '../../tests/fixtures/ownLayout/corpus';
import { workbookOf } from '../../tests/fixtures/ownLayout/grid';
import { readLayout } from './readLayout';
import { validateLayout } from './validateLayout';

const id = (f: { code: string; cell: string }) => `${f.code}@${f.cell}`;
const findingsOf = (s: WorkbookSnapshot) => validateLayout(s, readLayout(s));

/**
 * Ngọc Hồi's Dự án 5 – TDA3 (row 4 of her table): 1.200 SN NSTW (column 3), ĐTPT NSTW (column 2)
 * blank. `edit` gets her rows, the row and the columns (and her total row) to change them.
 */
function moved(
  edit: (rows: WorkbookSnapshot['sheets'][0]['rows'], at: (i: number) => [number, number], total: number) => void,
) {
  const { snapshot, placed } = workbookOf([ngocHoi()]);
  const before = new Set(findingsOf(snapshot).map(id));
  const p = placed[0];
  const row = p.rowOf.get(4)!;
  const at = (i: number): [number, number] => [row, p.colOf(i)];
  const rows = snapshot.sheets[0].rows;
  expect(rows[row][p.colOf(3)].v).toBe(1200);
  edit(rows, at, p.totalRow!);
  const found = findingsOf(snapshot);
  return { added: found.filter((f) => !before.has(id(f))), typed: a1(...at(2)), meant: a1(...at(3)) };
}

describe('FIGURE_IN_WRONG_COLUMN: a figure typed one column over, said once at the cell typed', () => {
  const move = (rows: WorkbookSnapshot['sheets'][0]['rows'], at: (i: number) => [number, number], value = 1200) => {
    const [r, from] = at(3);
    const [, to] = at(2);
    rows[r][to] = { v: value, t: 'n' };
    rows[r][from] = { v: null, t: 'z' };
  };

  it('recurrent money typed under investment: one finding naming the blank cell her sums count it in', () => {
    const { added, typed, meant } = moved((rows, at) => move(rows, at));
    expect(added.map(id)).toEqual([`FIGURE_IN_WRONG_COLUMN@${typed}`]);
    expect(added[0].message).toContain(`Số 1.200 triệu đồng có lẽ gõ nhầm cột`);
    expect(added[0].message).toContain(
      `mà tính ở ô ${meant} (DA5.TDA3 · SN NSTW) đang để trống — DA5.TDA3 · ĐTPT NSTW.`,
    );
    expect(added[0].messageEn).toContain(`count it not here but in ${meant}`);
  });

  it('near miss: moved with her total row following it, the sums agree with the figure where it is', () => {
    const { added } = moved((rows, at, total) => {
      move(rows, at);
      const [, dtpt] = at(2);
      const [, sn] = at(3);
      rows[total][dtpt] = { v: Number(rows[total][dtpt].v) + 1200, t: 'n' };
      rows[total][sn] = { v: Number(rows[total][sn].v) - 1200, t: 'n' };
    });
    expect(added.map((f) => f.code)).not.toContain('FIGURE_IN_WRONG_COLUMN');
  });

  it('near miss: moved and mistyped (1.209), the sums miss 1.200: no cell is blamed for a move', () => {
    const { added } = moved((rows, at) => move(rows, at, 1209));
    expect(added.map((f) => f.code)).not.toContain('FIGURE_IN_WRONG_COLUMN');
    expect(added.map((f) => f.code)).toContain('SUM_MISMATCH');
  });
});
