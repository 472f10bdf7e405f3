import { SOURCE_KEYS, TYPED_SOURCE_KEYS } from '../domain/sources';
import { APPENDIX_SHEET_NAMES } from '../domain/workbookLayout';
import { catalog } from '../domain/catalog';
import { SAMPLE_PLAN } from '../demo/sampleData';
import { buildSamplePlans, KeyedPlan } from '../demo/samplePlans';
import { SHEET_NAMES } from '../domain/workbookLayout';
import { buildAppendixPlans } from './index';
import { parentCode } from '../domain/lines';
import { columnLetter } from '../model/a1';
import { cellAt } from '../model/snapshot';
import { PB02_CODE_COLUMN, PB02_SOURCE_COLUMNS } from './pb02FundingPlan';
import { snapshotFromPlans } from './testing/planSnapshot';
import { rowWhere, sampleAppendix, sheetNamed, workingFigure } from './testing/sampleFixture';

type Sample = ReturnType<typeof sampleAppendix>;
let plans: Sample['plans'];
let working: Sample['working'];
let appendix: Sample['appendix'];
let evaluated: Sample['evaluated'];
let pb02Plan: Sample['appendix'][number];
let pb02: ReturnType<typeof sheetNamed>;
let codesInSheet: string[];
// Built per test (not at import time) so mutation testing can tell which test covers which code.
beforeEach(() => {
  ({ plans, working, appendix, evaluated } = sampleAppendix());
  pb02Plan = appendix.find((p) => p.id === 'pb02')!;
  pb02 = sheetNamed(evaluated, APPENDIX_SHEET_NAMES.pb02);
  codesInSheet = pb02.rows
    .map((r) => r[PB02_CODE_COLUMN]?.v)
    .filter((v): v is string => typeof v === 'string' && /^(TONG|DA)/.test(v));
});
/** 1-based rows a SUM(…) of one column covers, ranges expanded. */
function rowsSummed(formula: string, col: string): number[] {
  const out: number[] = [];
  for (const m of formula.matchAll(new RegExp(`${col}(\\d+)(?::${col}(\\d+))?`, 'g'))) {
    for (let r = Number(m[1]); r <= Number(m[2] ?? m[1]); r++) out.push(r);
  }
  return out;
}
const cellPlan = (row: number, col: number) => pb02Plan.cells.find((c) => c.row === row && c.col === col);

describe('Phụ biểu 02 – funding plan by line and source', () => {
  it('lists exactly the money lines, their ancestors and their detail rows, in hierarchy order', () => {
    const expected = new Set<string>(['TONG']);
    for (const code of Object.keys(SAMPLE_PLAN)) {
      for (let c: string | null = code; c; c = parentCode(c)) expected.add(c);
    }
    expect(new Set(codesInSheet)).toEqual(expected);
    expect(codesInSheet).not.toContain('DA2');
    expect(codesInSheet).not.toContain('DA7');
    // Hierarchy order: catalog order, each detail right under its leaf.
    const index = (code: string) => catalog.nodes.findIndex((n) => n.code === code);
    const order = (code: string) =>
      code === 'TONG' ? -1 : catalog.byCode.has(code) ? index(code) : index(parentCode(code)!) + 0.5;
    const positions = codesInSheet.map(order);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const leafRow = rowWhere(pb02, PB02_CODE_COLUMN, 'DA4.TDA1.ND1');
    expect(pb02.rows[leafRow + 1][PB02_CODE_COLUMN].v).toBe('DA4.TDA1.ND1.01');
    expect(pb02.rows[leafRow + 1][2].v).toBe('Nâng cấp đường Áng Hin');
    expect(pb02.rows[leafRow + 2][2].v).toBe('Cầu treo bản Khe Sanh');
  });

  it('numbers lines in the official style (I, 1, 1.1, -)', () => {
    // Read the plan (text cells), not the evaluated grid: HyperFormula turns the text "1.1" into a number.
    const stt = (code: string) => cellPlan(rowWhere(pb02Plan, PB02_CODE_COLUMN, code), 0)!.value;
    expect(stt('DA4')).toBe('IV');
    expect(stt('DA4.TDA1')).toBe('1');
    expect(stt('DA4.TDA1.ND1')).toBe('1.1');
    expect(stt('DA4.TDA1.ND1.02')).toBe('-');
    expect(stt('DA1.ND4.PT')).toBe('4.1');
  });

  it('shows the same figure as Kế hoạch vốn on every line and source', () => {
    for (const code of codesInSheet) {
      const row = rowWhere(pb02, PB02_CODE_COLUMN, code);
      for (const key of SOURCE_KEYS) {
        const shown = cellAt(pb02, row, PB02_SOURCE_COLUMNS[key]).v as number;
        expect({ code, key, v: shown }).toEqual({
          code,
          key,
          v: expect.closeTo(workingFigure(plans, working, code, key), 6),
        });
      }
    }
  });

  it('copies leaf and detail figures as values and makes parents, TONG and total columns formulas', () => {
    for (const code of codesInSheet) {
      const row = rowWhere(pb02Plan, PB02_CODE_COLUMN, code);
      const isParent = code === 'TONG' || !(code in SAMPLE_PLAN);
      for (const key of SOURCE_KEYS) {
        const cell = cellPlan(row, PB02_SOURCE_COLUMNS[key])!;
        const mustBeFormula = isParent || !TYPED_SOURCE_KEYS.includes(key);
        expect({ code, key, formula: !!cell.formula }).toEqual({ code, key, formula: mustBeFormula });
      }
    }
    // TONG sums the project rows of this sheet (SUM over its own rows, no other sheet).
    const tongRow = rowWhere(pb02Plan, PB02_CODE_COLUMN, 'TONG');
    const col = columnLetter(PB02_SOURCE_COLUMNS.DTPT_NSTW);
    const projectRows = ['DA1', 'DA3', 'DA4', 'DA5', 'DA6', 'DA8', 'DA9', 'DA10'].map(
      (c) => rowWhere(pb02Plan, PB02_CODE_COLUMN, c) + 1,
    );
    const formula = cellPlan(tongRow, PB02_SOURCE_COLUMNS.DTPT_NSTW)!.formula!;
    expect(formula).not.toContain('!');
    expect(rowsSummed(formula, col)).toEqual(projectRows);
  });

  it('still adds up after a figure in the appendix is edited', () => {
    const edited = structuredClone(pb02Plan);
    const leafRow = rowWhere(edited, PB02_CODE_COLUMN, 'DA4.TDA1.ND1.02');
    const cell = edited.cells.find((c) => c.row === leafRow && c.col === PB02_SOURCE_COLUMNS.DTPT_NSTW)!;
    cell.value = (cell.value as number) + 100;
    const after = snapshotFromPlans([edited]).sheets[0];
    const before = pb02;
    const delta = (code: string, key: keyof typeof PB02_SOURCE_COLUMNS) => {
      const r = rowWhere(before, PB02_CODE_COLUMN, code);
      return (
        (cellAt(after, r, PB02_SOURCE_COLUMNS[key]).v as number) -
        (cellAt(before, r, PB02_SOURCE_COLUMNS[key]).v as number)
      );
    };
    for (const code of ['DA4.TDA1.ND1.02', 'DA4.TDA1.ND1', 'DA4.TDA1', 'DA4', 'TONG']) {
      expect(delta(code, 'DTPT_NSTW')).toBeCloseTo(100, 6);
      expect(delta(code, 'TONG')).toBeCloseTo(100, 6);
    }
    expect(delta('DA1', 'DTPT_NSTW')).toBe(0);
  });

  it('has two-level merged headers, money format of the unit, and A4 landscape print with repeated headers', () => {
    const headerRow = rowWhere(pb02Plan, 0, 'STT');
    expect(pb02Plan.merges).toContainEqual({ top: headerRow, left: 4, bottom: headerRow, right: 6 });
    expect(pb02Plan.merges).toContainEqual({ top: headerRow, left: 0, bottom: headerRow + 1, right: 0 });
    expect(pb02.rows[headerRow + 1].slice(4, 10).map((c) => c.v)).toEqual([
      'Tổng',
      'NSTW',
      'NSĐP',
      'Tổng',
      'NSTW',
      'NSĐP',
    ]);
    expect(pb02Plan.print).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: { first: headerRow, last: headerRow + 1 },
    });
    const money = cellPlan(rowWhere(pb02Plan, PB02_CODE_COLUMN, 'DA1'), PB02_SOURCE_COLUMNS.TONG)!;
    expect(pb02Plan.styles[money.style!].numFmt).toMatch(/^#,##0\.000;/);
    expect(pb02Plan.styles[money.style!].border).toBe('thin');
  });

  it("counts a number typed as text as nothing, like the sheet's own sums, so every total still matches", () => {
    const { plans: typed } = buildSamplePlans({ withSlips: false });
    const planSheet = new KeyedPlan(typed.find((p) => p.name === SHEET_NAMES.plan)!);
    planSheet.set('DA6', 'SN_NSTW', "'450"); // the apostrophe keeps it text, as Excel does
    const sheet = snapshotFromPlans(typed);
    const { row: textRow, col: textCol } = planSheet.address('DA6', 'SN_NSTW');
    expect(cellAt(sheetNamed(sheet, SHEET_NAMES.plan), textRow, textCol)).toMatchObject({ v: '450', t: 's' });
    const out = sheetNamed(snapshotFromPlans(buildAppendixPlans(sheet)), APPENDIX_SHEET_NAMES.pb02);
    for (const code of ['DA6', 'TONG']) {
      const row = rowWhere(out, PB02_CODE_COLUMN, code);
      for (const key of SOURCE_KEYS) {
        const shown = cellAt(out, row, PB02_SOURCE_COLUMNS[key]).v as number;
        expect({ code, key, v: shown }).toEqual({
          code,
          key,
          v: expect.closeTo(workingFigure(typed, sheet, code, key), 6),
        });
      }
    }
  });
});
