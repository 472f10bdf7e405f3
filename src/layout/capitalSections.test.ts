import type { CellSnapshot, WorkbookSnapshot } from '../model/snapshot';
import {
  BY_CAPITAL_MERGES,
  gridBook,
  gridCell,
  sectionedByCapitalPlan,
  sectionedPlan,
  type GridCell,
} from '../../tests/fixtures/ownLayout/sections';
import type { Finding } from '../model/finding';
import { readLayout } from './readLayout';
import { validateAnyWorkbook } from './validateAny';
import { buildLayoutModel } from './layoutModel';
import { foldCapitalSections } from './capitalSections';
import { choiceOf, columnChoicesFor, disbursedBasis, setColumnChoice } from './editMapping';

/** Her table in capital sections (fixture: sectionedPlan) read by capital type; every finding at the cell she typed. */
type Cell = GridCell;
const sectioned = sectionedPlan;
const book = gridBook;
const toCell = gridCell;
const shown = (f: Finding) => `${f.code}@${f.cell}`;
/** Her grid with one cell (A1 address) typed over. */
function typed(rows: Cell[][], cell: string, value: Cell | CellSnapshot): WorkbookSnapshot {
  const wb = book(rows);
  const col = cell.charCodeAt(0) - 65;
  const row = Number(cell.slice(1)) - 1;
  wb.sheets[0].rows[row][col] = typeof value === 'object' && value !== null ? value : toCell(value);
  return wb;
}

describe('a table in capital sections is read by capital type', () => {
  it('reads the headings as sections, each row in its section, the budget columns by section', () => {
    const m = readLayout(book(sectioned())).tables[0];
    expect(m.columns.map((c) => `${c.col}:${c.role}:${c.key}:${c.budget ?? ''}`)).toEqual([
      'A:stt:null:',
      'B:name:null:',
      'C:sum:TONG:',
      'D:amount:null:NSTW',
      'E:amount:null:NSDP',
      'F:note:null:',
    ]);
    expect(m.rows.map((r) => `${r.row}:${r.kind}:${r.lineCode ?? ''}:${r.capital ?? ''}`)).toEqual([
      '4:total::',
      '5:section::DTPT',
      '6:line:DA1:DTPT',
      '7:line:DA4:DTPT',
      '8:section::SN',
      '9:line:DA1:SN',
      '10:line:DA3:SN',
    ]);
    expect(m.unmapped).toEqual([]);
  });

  it('gives each line its figures of both sections (DA1: ĐTPT 480 + 20, SN 290 + 10)', () => {
    const wb = book(sectioned());
    const plan = buildLayoutModel(wb, readLayout(wb)).plan!;
    const at = (code: string, key: Parameters<typeof plan.amount>[1]) => {
      const n = plan.amount(code, key);
      return n.state === 'number' ? n.value : n.state;
    };
    expect([at('DA1', 'DTPT_NSTW'), at('DA1', 'DTPT_NSDP'), at('DA1', 'SN_NSTW'), at('DA1', 'SN_NSDP')]).toEqual([
      480, 20, 290, 10,
    ]);
    expect([at('DA3', 'SN_NSTW'), at('DA4', 'DTPT_NSTW'), at('TONG', 'SN_NSTW'), at('TONG', 'DTPT')]).toEqual([
      910, 1120, 1200, 1700,
    ]);
  });

  it('finds nothing in the consistent plan, with or without her total row', () => {
    expect(validateAnyWorkbook(book(sectioned())).map(shown)).toEqual([]);
    expect(validateAnyWorkbook(book(sectioned({ total: false }))).map(shown)).toEqual([]);
  });

  it('near miss: budget columns without section rows stay unread, and say why', () => {
    const rows = sectioned().filter((r) => r[0] !== 'A' && r[0] !== 'B');
    const m = readLayout(book(rows)).tables[0];
    expect(m.columns.filter((c) => c.budget)).toEqual([]);
    expect(m.unmapped.map((u) => u.cell)).toEqual(expect.arrayContaining(['D3', 'E3']));
  });

  it('near miss: a heading that names a project is a line, "Trong đó: vốn sự nghiệp" is a part', () => {
    const rows = sectioned({ headingA: 'Vốn đầu tư phát triển thực hiện Dự án 1' });
    const m = readLayout(book(rows)).tables[0];
    expect(m.rows.find((r) => r.row === 5)?.kind).toBe('line');
    const part = sectioned();
    part.splice(6, 0, [null, 'Trong đó: vốn sự nghiệp', 10, 10, 0]);
    expect(readLayout(book(part)).tables[0].rows.find((r) => r.row === 7)?.kind).toBe('part');
  });
});

describe('one slip in a sectioned table is one finding, at her cell', () => {
  const clean = sectioned();
  // Every typed figure of her lines, in both sections.
  const cells = ['D6', 'E6', 'D7', 'E7', 'D9', 'E9', 'D10', 'E10'];
  const SLIPS: Array<[string, (v: number) => Cell | CellSnapshot, string]> = [
    ['×1.000', (v) => v * 1000, 'UNIT_SUSPECT'],
    ['text', () => 'chưa có', 'NOT_A_NUMBER'],
    ['unit text', (v) => `${v} tr`, 'NUMBER_WITH_UNIT'],
    ['negative', (v) => -v, 'NEGATIVE_AMOUNT'],
    ['date', () => ({ v: 45_427, t: 'n', nf: 'dd/mm/yyyy' }), 'DATE_IN_AMOUNT'],
  ];
  it.each(cells.flatMap((cell) => SLIPS.map(([name, slip, code]) => [cell, name, slip, code] as const)))(
    '%s %s',
    (cell, _name, slip, code) => {
      const value = book(clean).sheets[0].rows[Number(cell.slice(1)) - 1][cell.charCodeAt(0) - 65].v as number;
      expect(validateAnyWorkbook(typed(clean, cell, slip(value))).map(shown)).toEqual([`${code}@${cell}`]);
    },
  );

  it.each([
    ['D5', 1610, 'SUM_MISMATCH'],
    ['C8', 1310, 'SUM_MISMATCH'],
    ['D8', 1_200_000, 'UNIT_SUSPECT'],
    ['D4', 2810, 'SUM_MISMATCH'],
    ['C4', 3010, 'SUM_MISMATCH'],
    ['C9', 310, 'SUM_MISMATCH'],
  ])('a total she typed wrong (%s = %s) is said there alone', (cell, value, code) => {
    expect(validateAnyWorkbook(typed(clean, cell, value)).map(shown)).toEqual([`${code}@${cell}`]);
  });

  it('names the section, and only her cells of that section, in the message', () => {
    const [f] = validateAnyWorkbook(typed(clean, 'D5', 1610));
    expect(f.message).toContain('Phần vốn ĐTPT · ĐTPT NSTW: 1.610 so với 1.600 triệu đồng (D6+D7)');
    expect(f.messageEn).toContain('investment section');
    const [g] = validateAnyWorkbook(typed(clean, 'D8', 1210));
    expect(g.message).toContain('(D9+D10)');
  });

  it("her total row's budget figure off the sections: said against the sections' cells, in both languages", () => {
    const [f] = validateAnyWorkbook(typed(clean, 'D4', 2810));
    expect([f.expected, f.actual, f.lineCode]).toEqual([2800, 2810, undefined]);
    expect(f.message).toBe(
      'Dòng tổng, cột "Ngân sách trung ương" cao hơn các phần vốn cộng lại (D5+D8) 10 triệu đồng (10.000.000 đồng) — ghi 2.810, cộng 2.800 triệu đồng.',
    );
    expect(f.messageEn).toBe(
      'The total row\'s "Ngân sách trung ương" is 10 million VND (10,000,000 VND) above its capital sections (D5+D8) — shows 2,810, they add to 2,800 million VND.',
    );
  });

  it("near miss: her total row's budget figure that the sections give is no finding", () => {
    // A line off makes its section heading disagree with it, never the grand total with the headings.
    expect(validateAnyWorkbook(typed(clean, 'D6', 490)).map(shown)).not.toContain('SUM_MISMATCH@D4');
  });
});

describe('her review of a sectioned table', () => {
  it('offers the section choices only where the table has sections, and keeps a budget column by section', () => {
    const mapping = readLayout(book(sectioned()));
    expect(columnChoicesFor(mapping.tables[0]).slice(0, 2)).toEqual(['section_NSTW', 'section_NSDP']);
    const plain = readLayout(book(sectioned().filter((r) => r[0] !== 'A' && r[0] !== 'B')));
    expect(columnChoicesFor(plain.tables[0])).not.toContain('section_NSTW');
    expect(choiceOf(mapping.tables[0].columns.find((c) => c.col === 'D')!)).toBe('section_NSTW');
  });

  it('says a disbursed column for all capital types is held against each row’s section', () => {
    const withGn = (sectionRows: boolean) => {
      const rows = sectioned().filter((r) => sectionRows || (r[0] !== 'A' && r[0] !== 'B'));
      rows[2] = [...rows[2].slice(0, 5), 'Giải ngân đến 31/12'];
      return readLayout(book(rows)).tables[0];
    };
    const table = withGn(true);
    expect(
      disbursedBasis(
        table,
        table.columns.find((c) => c.col === 'F')!,
      ),
    ).toBe('DTPT/SN');
    const plain = withGn(false);
    expect(
      disbursedBasis(
        plain,
        plain.columns.find((c) => c.col === 'F')!,
      ),
    ).toBe('TONG');
  });

  it('a budget column she sets to "not used" leaves its money reported; set back, the plan is clean', () => {
    const wb = book(sectioned());
    const mapping = readLayout(wb);
    const ignored = setColumnChoice(mapping, 0, 'D', 'ignored');
    expect(validateAnyWorkbook(wb, ignored).map(shown)).toContain('NOT_IN_ANY_TOTAL@D4');
    expect(validateAnyWorkbook(wb, setColumnChoice(ignored, 0, 'D', 'section_NSTW')).map(shown)).toEqual([]);
  });

  it("a column of another source on a line listed in both sections: the line's figure is both together", () => {
    // Her "Ghi chú" column holds lồng ghép figures, and she says so in the review; her Tổng leaves them out.
    const rows = sectioned();
    rows[3][5] = 50; // TỔNG CỘNG
    rows[8][5] = 30; // DA1 (SN section) lồng ghép, none in the ĐTPT section: the line's figure
    const mapping = setColumnChoice(readLayout(book(rows)), 0, 'F', 'LONG_GHEP');
    const folded = foldCapitalSections(book(rows), mapping)!;
    expect(buildLayoutModel(folded.snapshot, folded.mapping).plan!.amount('DA1', 'LONG_GHEP')).toMatchObject({
      state: 'number',
      value: 30,
    });
    expect(validateAnyWorkbook(book(rows), mapping).map(shown)).toContain('SUM_MISMATCH@F4');
    rows[5][5] = 20; // and 20 in the ĐTPT section
    const both = foldCapitalSections(book(rows), mapping)!;
    expect(buildLayoutModel(both.snapshot, both.mapping).plan!.amount('DA1', 'LONG_GHEP')).toMatchObject({
      state: 'number',
      value: 50,
    });
    expect(validateAnyWorkbook(book(rows), mapping).map(shown)).toEqual([]);
  });
});

describe('money a sectioned table holds outside its sections is reported, never read silently', () => {
  it('a line above the first heading', () => {
    const rows = sectioned();
    rows.splice(4, 0, ['', 'Dự án 5: Phát triển giáo dục nghề nghiệp', 50, 50, 0]);
    expect(validateAnyWorkbook(book(rows)).map(shown)).toContain('NOT_IN_ANY_TOTAL@C5');
  });
  it('a second heading of the same capital type', () => {
    const rows = sectioned();
    rows.push(['C', 'VỐN SỰ NGHIỆP (bổ sung)', 40, 40, 0]);
    expect(validateAnyWorkbook(book(rows)).map(shown)).toContain('NOT_IN_ANY_TOTAL@C11');
  });
});

describe('a table in capital sections whose columns are already by capital type', () => {
  const byCap = (opts: { total?: boolean } = {}) => sectionedByCapitalPlan(opts);
  const bookOf = (rows: Cell[][]) => gridBook(rows, BY_CAPITAL_MERGES);
  const typedAt = (rows: Cell[][], cell: string, value: Cell | CellSnapshot) => {
    const wb = bookOf(rows);
    wb.sheets[0].rows[Number(cell.slice(1)) - 1][cell.charCodeAt(0) - 65] =
      typeof value === 'object' && value !== null ? value : toCell(value);
    return wb;
  };

  it('reads the sections (before: "B. VỐN SỰ NGHIỆP" a detail of DA4, six errors on a right plan)', () => {
    const m = readLayout(bookOf(byCap())).tables[0];
    expect(m.rows.map((r) => `${r.row}:${r.kind}:${r.lineCode ?? ''}:${r.capital ?? ''}`)).toEqual([
      '5:total::',
      '6:section::DTPT',
      '7:line:DA1:DTPT',
      '8:line:DA4:DTPT',
      '9:section::SN',
      '10:line:DA1:SN',
      '11:line:DA3:SN',
    ]);
    expect(validateAnyWorkbook(bookOf(byCap())).map(shown)).toEqual([]);
    expect(validateAnyWorkbook(bookOf(byCap({ total: false }))).map(shown)).toEqual([]);
  });

  it('near miss: a lone "Vốn sự nghiệp" row, no project listed twice, is no section', () => {
    const rows = byCap().filter((r, i) => i < 8);
    expect(readLayout(bookOf(rows)).tables[0].rows.some((r) => r.kind === 'section')).toBe(false);
  });

  const cells = ['D7', 'E7', 'D8', 'E8', 'F10', 'G10', 'F11', 'G11'];
  const SLIPS: Array<[string, (v: number) => Cell | CellSnapshot, string]> = [
    ['×1.000', (v) => v * 1000, 'UNIT_SUSPECT'],
    ['×10', (v) => v * 10, 'SUM_MISMATCH'],
    ['text', () => 'chưa có', 'NOT_A_NUMBER'],
    ['unit text', (v) => `${v} triệu đồng`, 'NUMBER_WITH_UNIT'],
    ['negative', (v) => -v, 'NEGATIVE_AMOUNT'],
  ];
  it.each(cells.flatMap((cell) => SLIPS.map(([name, slip, code]) => [cell, name, slip, code] as const)))(
    'one slip, one finding: %s %s',
    (cell, _name, slip, code) => {
      const rows = byCap();
      const value = rows[Number(cell.slice(1)) - 1][cell.charCodeAt(0) - 65] as number;
      expect(validateAnyWorkbook(typedAt(rows, cell, slip(value))).map(shown)).toEqual([`${code}@${cell}`]);
    },
  );

  it.each([
    ['D6', 1610],
    ['G9', 110],
    ['C6', 1710],
    ['C5', 3010],
  ])('a heading or total she typed wrong (%s = %s) is said there alone', (cell, value) => {
    expect(validateAnyWorkbook(typedAt(byCap(), cell, value)).map(shown)).toEqual([`SUM_MISMATCH@${cell}`]);
  });

  it('without her total row, the headings are the total: a heading off is said at the heading', () => {
    expect(validateAnyWorkbook(typedAt(byCap({ total: false }), 'F8', 1210)).map(shown)).toEqual(['SUM_MISMATCH@F8']);
  });
});

describe('a slip in a section heading is one finding at the heading', () => {
  it.each([
    ['negative', -1600, 'NEGATIVE_AMOUNT'],
    ['text', 'chưa có', 'NOT_A_NUMBER'],
    ['×1.000', 1_600_000, 'UNIT_SUSPECT'],
  ])('%s', (_name, value, code) => {
    const rows = sectioned();
    rows[4][3] = value;
    expect(validateAnyWorkbook(book(rows)).map(shown)).toEqual([`${code}@D5`]);
  });
});
