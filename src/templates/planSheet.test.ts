import { HyperFormula } from 'hyperformula';
import { catalog } from '../domain/catalog';
import { MONEY_COLUMN_KEYS, sheetMarker } from '../domain/workbookLayout';
import { SOURCES, TYPED_SOURCE_KEYS } from '../domain/sources';
import { settingsSchema } from '../domain/settings';
import { MONEY_UNITS } from '../domain/units';
import { parseA1 } from '../model/a1';
import { buildPlanSheet } from './planSheet';
import { MONEY_LAYOUT, moneyCol } from './moneyColumns';
import { planCell, planToGrid, rowOfCode } from './planGrid';

const options = settingsSchema.parse({ level: 'huyen', year: 2024, unit: 'trieu', unitName: 'Huyện Vĩnh Linh' });
const details = [
  { leafCode: 'DA4.TDA1.ND1', name: 'Nâng cấp đường Áng Hin' },
  { leafCode: 'DA4.TDA1.ND1', name: 'Cầu treo Khe Lau' },
];
const plan = buildPlanSheet(options, details);
const MA = moneyCol('MA');
const rowOf = (code: string) => {
  const row = rowOfCode(plan, MA, code);
  if (row < 0) throw new Error(`no row for ${code}`);
  return row;
};

/** Cells a formula refers to, ranges expanded, as "row:col" strings. */
function refsOf(formula: string): Set<string> {
  const out = new Set<string>();
  for (const m of formula.matchAll(/([A-Z]+\d+)(?::([A-Z]+\d+))?/g)) {
    const from = parseA1(m[1]);
    const to = m[2] ? parseA1(m[2]) : from;
    for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) out.add(`${r}:${c}`);
  }
  return out;
}
const cellsOf = (rows: number[], cols: number[]) => new Set(rows.flatMap((r) => cols.map((c) => `${r}:${c}`)));

describe('Kế hoạch vốn sheet plan', () => {
  it('sums exactly the catalog children on every parent line, per typed source column', () => {
    for (const node of catalog.nodes.filter((n) => !n.isLeaf)) {
      for (const key of TYPED_SOURCE_KEYS) {
        const cell = planCell(plan, rowOf(node.code), moneyCol(key));
        expect(cell?.formula).toBeDefined();
        expect(refsOf(cell!.formula!)).toEqual(cellsOf(node.children.map(rowOf), [moneyCol(key)]));
      }
    }
  });

  it('sums the projects on the TONG row, which comes first', () => {
    expect(rowOf('TONG')).toBe(MONEY_LAYOUT.firstDataRow);
    const projects = catalog.nodes.filter((n) => n.depth === 1).map((n) => rowOf(n.code));
    for (const key of TYPED_SOURCE_KEYS) {
      expect(refsOf(planCell(plan, rowOf('TONG'), moneyCol(key))!.formula!)).toEqual(
        cellsOf(projects, [moneyCol(key)]),
      );
    }
  });

  it('makes total columns the sum of their parts on every row', () => {
    const dataRows = plan.cells.filter((c) => c.col === MA && c.row >= MONEY_LAYOUT.firstDataRow).map((c) => c.row);
    for (const row of dataRows) {
      for (const source of SOURCES.filter((s) => s.parts.length > 0)) {
        const cell = planCell(plan, row, moneyCol(source.key))!;
        expect(refsOf(cell.formula!)).toEqual(
          cellsOf(
            [row],
            source.parts.map((p) => moneyCol(p)),
          ),
        );
      }
    }
  });

  it('puts detail rows under their leaf and makes the leaf their sum', () => {
    const leaf = rowOf('DA4.TDA1.ND1');
    expect([rowOf('DA4.TDA1.ND1.01'), rowOf('DA4.TDA1.ND1.02')]).toEqual([leaf + 1, leaf + 2]);
    expect(planCell(plan, leaf + 1, moneyCol('NOI_DUNG'))?.value).toBe('Nâng cấp đường Áng Hin');
    expect(planCell(plan, leaf + 1, moneyCol('STT'))?.value).toBe('-');
    for (const key of TYPED_SOURCE_KEYS) {
      expect(refsOf(planCell(plan, leaf, moneyCol(key))!.formula!)).toEqual(
        cellsOf([leaf + 1, leaf + 2], [moneyCol(key)]),
      );
      expect(planCell(plan, leaf + 1, moneyCol(key))?.formula).toBeUndefined();
    }
  });

  it('leaves typed cells of plain leaves empty, styled with the unit number format', () => {
    const row = rowOf('DA2');
    const cell = planCell(plan, row, moneyCol('DTPT_NSTW'))!;
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBeUndefined();
    expect(plan.styles[cell.style!].numFmt).toBe(MONEY_UNITS.trieu.numFmt);
  });

  it('writes the key row with every column key and the marker after the last key, hidden', () => {
    const { keyRow } = MONEY_LAYOUT;
    MONEY_COLUMN_KEYS.forEach((key, col) => expect(planCell(plan, keyRow, col)?.value).toBe(key));
    expect(planCell(plan, keyRow, MONEY_COLUMN_KEYS.length)?.value).toBe(sheetMarker('template', 'plan'));
    expect(plan.rows.find((r) => r.index === keyRow)?.hidden).toBe(true);
  });

  it('validates amounts ≥ 0 over every source cell of the data rows', () => {
    const lastRow = Math.max(...plan.cells.map((c) => c.row));
    expect(plan.validations).toEqual([
      expect.objectContaining({
        range: { top: MONEY_LAYOUT.firstDataRow, bottom: lastRow, left: moneyCol('TONG'), right: moneyCol('DAN_GOP') },
        rule: { type: 'decimal', min: 0 },
        errorMessage: expect.stringMatching(/không âm/),
      }),
    ]);
  });

  it('has the title block, two-level headers, frozen panes and A4 landscape print titles', () => {
    const texts = plan.cells.filter((c) => typeof c.value === 'string').map((c) => c.value as string);
    expect(texts).toEqual(expect.arrayContaining(['Đơn vị tính: triệu đồng', 'Vốn ĐTPT', 'Vốn SN']));
    expect(texts.some((t) => t.includes('NĂM 2024'))).toBe(true);
    expect(texts.some((t) => t.includes('Huyện Vĩnh Linh'))).toBe(true);
    const top = MONEY_LAYOUT.headerTop;
    expect(plan.merges).toContainEqual({ top, bottom: top, left: moneyCol('DTPT'), right: moneyCol('DTPT_NSDP') });
    expect(plan.merges).toContainEqual({ top, bottom: top, left: moneyCol('SN'), right: moneyCol('SN_NSDP') });
    expect(plan.freeze).toEqual({ rows: MONEY_LAYOUT.firstDataRow, cols: 3 });
    expect(plan.print).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: { first: 4, last: 6 },
    });
  });

  it('indents names by depth', () => {
    const style = (code: string) => plan.styles[planCell(plan, rowOf(code), moneyCol('NOI_DUNG'))!.style!];
    expect(style('DA1').indent).toBeUndefined();
    expect(style('DA1.ND4').indent).toBe(1);
    expect(style('DA1.ND4.PT').indent).toBe(2);
    expect(style('DA4.TDA1.ND1.01').indent).toBe(3);
  });

  it('evaluates to the independent catalog sums (HyperFormula)', () => {
    const grid = planToGrid(plan);
    const leaves = new Map<string, number>();
    let seed = 7;
    const typedRows = [
      ...catalog.nodes.filter((n) => n.isLeaf && n.code !== 'DA4.TDA1.ND1').map((n) => n.code),
      'DA4.TDA1.ND1.01',
      'DA4.TDA1.ND1.02',
    ];
    for (const code of typedRows) {
      seed = (seed * 48271) % 2147483647;
      const amount = seed % 1000;
      leaves.set(code, amount);
      grid[rowOf(code)][moneyCol('SN_NSTW')] = amount;
    }
    const hf = HyperFormula.buildFromArray(grid, { licenseKey: 'gpl-v3' });
    const value = (code: string, key: 'SN_NSTW' | 'TONG') =>
      hf.getCellValue({ sheet: 0, row: rowOf(code), col: moneyCol(key) });
    const expectedTotal = [...leaves.values()].reduce((a, b) => a + b, 0);
    expect(value('TONG', 'SN_NSTW')).toBe(expectedTotal);
    expect(value('TONG', 'TONG')).toBe(expectedTotal);
    expect(value('DA4.TDA1.ND1', 'SN_NSTW')).toBe(leaves.get('DA4.TDA1.ND1.01')! + leaves.get('DA4.TDA1.ND1.02')!);
    hf.destroy();
  });
});
