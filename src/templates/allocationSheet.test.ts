import { HyperFormula } from 'hyperformula';
import { catalog } from '../domain/catalog';
import { TOTAL_SOURCE_KEYS, TYPED_SOURCE_KEYS } from '../domain/sources';
import { sheetMarker } from '../domain/workbookLayout';
import { settingsSchema } from '../domain/settings';
import { buildAllocationSheet } from './allocationSheet';
import { MONEY_LAYOUT, moneyCol } from './moneyColumns';
import { planCell, planToGrid, rowOfCode } from './planGrid';

const plan = buildAllocationSheet(
  settingsSchema.parse({ year: 2025, unit: 'nghin', allocationDecision: '123/QĐ-UBND' }),
);
const rowOf = (code: string) => rowOfCode(plan, moneyCol('MA'), code);

describe('Giao vốn sheet plan', () => {
  it('has the same rows as the catalog (TONG first) and no detail rows', () => {
    const codes = plan.cells
      .filter((c) => c.col === moneyCol('MA') && c.row >= MONEY_LAYOUT.firstDataRow)
      .map((c) => c.value);
    expect(codes).toEqual(['TONG', ...catalog.nodes.map((n) => n.code)]);
  });

  it('lets amounts be typed on every row, TONG and parents included', () => {
    for (const code of ['TONG', 'DA4', 'DA4.TDA1', 'DA2']) {
      for (const key of TYPED_SOURCE_KEYS) expect(planCell(plan, rowOf(code), moneyCol(key))?.formula).toBeUndefined();
    }
  });

  it('makes only the total columns formulas, blank-aware', () => {
    for (const key of TOTAL_SOURCE_KEYS) {
      expect(planCell(plan, rowOf('DA1'), moneyCol(key))?.formula).toMatch(/^IF\(COUNT\(.+\)=0,"",SUM\(.+\)\)$/);
    }
  });

  it('carries the allocation marker, unit and decision in the title block', () => {
    const values = plan.cells.map((c) => c.value);
    expect(values).toContain(sheetMarker('template', 'allocation'));
    expect(values).toContain('Đơn vị tính: nghìn đồng');
    expect(values.some((v) => typeof v === 'string' && v.includes('123/QĐ-UBND'))).toBe(true);
  });

  it('keeps totals blank on blank rows and sums typed parts (HyperFormula)', () => {
    const grid = planToGrid(plan);
    grid[rowOf('DA2')][moneyCol('DTPT_NSTW')] = 100;
    grid[rowOf('DA2')][moneyCol('DAN_GOP')] = 5;
    grid[rowOf('DA3')][moneyCol('SN_NSDP')] = 0;
    const hf = HyperFormula.buildFromArray(grid, { licenseKey: 'gpl-v3' });
    const v = (code: string, key: 'TONG' | 'DTPT' | 'SN') =>
      hf.getCellValue({ sheet: 0, row: rowOf(code), col: moneyCol(key) });
    expect([v('DA2', 'DTPT'), v('DA2', 'SN'), v('DA2', 'TONG')]).toEqual([100, '', 105]);
    expect([v('DA1', 'DTPT'), v('DA1', 'TONG')]).toEqual(['', '']);
    // A typed 0 is an amount, not a blank.
    expect([v('DA3', 'SN'), v('DA3', 'TONG')]).toEqual([0, 0]);
    hf.destroy();
  });
});
