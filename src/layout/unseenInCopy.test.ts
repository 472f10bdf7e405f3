import { cellsOf, unseenInCopy } from './unseenInCopy';
import { makeFinding } from '../validation/findingFactory';
import type { Finding } from '../model/finding';

describe('cellsOf: the cells a note or a remark names', () => {
  it('reads one cell, cells of one sheet joined, and full references joined', () => {
    expect(cellsOf('KH 2024!D6')).toEqual(['KH 2024!D6']);
    expect(cellsOf('KH 2024!D6+D7+D12')).toEqual(['KH 2024!D6', 'KH 2024!D7', 'KH 2024!D12']);
    expect(cellsOf('GN!E5+GN!F5')).toEqual(['GN!E5', 'GN!F5']);
  });

  it('near miss: a range or no cell names none it can hold', () => {
    expect(cellsOf('KH 2024!D5:D9')).toEqual([]);
    expect(cellsOf('')).toEqual([]);
  });
});

/** What the conversion says of one finding of hers, with the copy holding `held`. */
const remarksOf = (finding: Finding, held: string[]) =>
  unseenInCopy({ findings: [finding], disagree: [], held, herText: (t) => t, unitOf: () => 'trieu' });

describe('unseenInCopy: her slips the copy cannot show', () => {
  const percent = makeFinding('PERCENT_IN_AMOUNT', {
    sheet: 'Sheet1',
    row: 11,
    col: 4,
    lineCode: 'DA4.TDA1.02',
    sourceKey: 'DTPT_NSTW',
    actual: 8500,
    message: 'Ô số tiền có định dạng phần trăm: hiển thị 8.500 %',
    messageEn: 'An amount cell with a percent format: it shows 8,500 %',
  });
  const remarks = (held: string[]) => remarksOf(percent, held);

  it('says that money under a % format is carried as the figure shown (the copy has no % format to flag)', () => {
    expect(remarks(['Sheet1!E12'])).toEqual({
      left: [],
      attention: [
        {
          cell: 'Sheet1!E12',
          why: 'Ô số tiền có định dạng phần trăm: hiển thị 8.500 %. Bản chuẩn ghi nó thành số / An amount cell with a percent format: it shows 8,500 %. The copy holds it as a number.',
        },
      ],
    });
  });

  it('near miss: a cell the copy does not carry is named as such', () => {
    expect(remarks([]).attention.map((r) => r.why)).toEqual([
      'Ô số tiền có định dạng phần trăm: hiển thị 8.500 %. Bản chuẩn không chép ô này / An amount cell with a percent format: it shows 8,500 %. The copy does not carry this cell.',
    ]);
  });
});

describe('unseenInCopy: a figure typed in the wrong column', () => {
  const moved = makeFinding('FIGURE_IN_WRONG_COLUMN', {
    sheet: 'Sheet1',
    row: 12,
    col: 4,
    lineCode: 'DA5.TDA3',
    sourceKey: 'DTPT_NSTW',
    actual: 1200,
    message: 'Số 1.200 triệu đồng có lẽ gõ nhầm cột',
    messageEn: '1,200 million VND looks typed in the wrong column',
  });
  it('is said when the copy carries it (its totals, formulas, now follow the wrong column)', () => {
    const { attention } = remarksOf(moved, ['Sheet1!E13']);
    expect(attention.map((r) => r.why)).toEqual([
      'Số 1.200 triệu đồng có lẽ gõ nhầm cột. Bản chuẩn chép nó như đã gõ, ở cột này / 1,200 million VND looks typed in the wrong column. The copy carries it as typed, in this column.',
    ]);
  });
});
