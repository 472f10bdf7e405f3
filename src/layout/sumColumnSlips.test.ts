import { a1 } from '../model/a1';
import type { CellSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { ngocHoi } from '../../tests/fixtures/ownLayout/corpus';
import { workbookOf } from '../../tests/fixtures/ownLayout/grid';
import { readLayout } from './readLayout';
import { validateLayout } from './validateLayout';

const id = (f: { code: string; cell: string }) => `${f.code}@${f.cell}`;
const findingsOf = (s: WorkbookSnapshot) => validateLayout(s, readLayout(s));

/** Ngọc Hồi's own "Ngân sách trung ương › Tổng" (no source key) on Dự án 1, holding `cell` instead. */
function typedInOwnSum(cell: CellSnapshot) {
  const { snapshot, placed } = workbookOf([ngocHoi()]);
  const before = new Set(findingsOf(snapshot).map(id));
  const p = placed[0];
  const row = p.rowOf.get(0)!;
  const col = p.colOf(1);
  expect(snapshot.sheets[0].rows[row][col].v).toBe(2400);
  snapshot.sheets[0].rows[row][col] = cell;
  const added = findingsOf(snapshot).filter((f) => !before.has(id(f)));
  return { added: added.map(id), at: a1(row, col), messages: added.map((f) => f.message) };
}

describe('her own sum column without a source key, holding no figure: one finding at its cell', () => {
  it('text ("chưa có"): NOT_A_NUMBER naming her column (it went unreported)', () => {
    const { added, at, messages } = typedInOwnSum({ v: 'chưa có', t: 's' });
    expect(added).toEqual([`NOT_A_NUMBER@${at}`]);
    expect(messages[0]).toContain('DA1.ND2 · cột tổng "Nguồn vốn › Ngân sách trung ương › Tổng"');
  });

  it('a date: DATE_IN_AMOUNT, not also a sum mismatch of its serial number against the parts', () => {
    const { added, at } = typedInOwnSum({ v: 45_427, t: 'n', nf: 'dd/mm/yyyy' });
    expect(added).toEqual([`DATE_IN_AMOUNT@${at}`]);
  });

  it('a negative or an absurd figure: that, not also a sum mismatch', () => {
    const neg = typedInOwnSum({ v: -2400, t: 'n' });
    expect(neg.added).toEqual([`NEGATIVE_AMOUNT@${neg.at}`]);
    const huge = typedInOwnSum({ v: 1e20, t: 'n' });
    expect(huge.added).toEqual([`VALUE_OUT_OF_RANGE@${huge.at}`]);
  });

  it('a number typed as text ("2.400") or under a % format: said at her cell (it went unreported), not a mismatch', () => {
    const text = typedInOwnSum({ v: '2.400', t: 's' });
    expect(text.added).toEqual([`NUMBER_AS_TEXT@${text.at}`]);
    expect(text.messages[0]).toContain('Excel không cộng ô này; nhập lại dạng số 2.400');
    const percent = typedInOwnSum({ v: 24, t: 'n', nf: '0%' });
    expect(percent.added).toEqual([`PERCENT_IN_AMOUNT@${percent.at}`]);
    expect(percent.messages[0]).toContain('hiển thị 2.400 % nhưng Excel lưu và cộng 24');
  });

  it('near miss: a wrong figure there is her sum column against its parts', () => {
    const { added, at } = typedInOwnSum({ v: 2500, t: 'n' });
    expect(added).toEqual([`SUM_MISMATCH@${at}`]);
  });
});
