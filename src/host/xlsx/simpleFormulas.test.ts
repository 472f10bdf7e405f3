import ExcelJS from 'exceljs';
import { buildTemplatePlans } from '../../templates';
import { addPlanSheet } from './applyPlan';
import { readWorkbookSnapshot } from './readSnapshot';
import { evaluateSimpleFormulas } from './simpleFormulas';
import { evaluateMissingResults } from './evaluateFormulas';
import { pendingAt, pendingCol, type PendingFormula } from './pendingFormula';
import type { SheetSnapshot } from '../../model/snapshot';

function pendingOf(sheets: SheetSnapshot[]): PendingFormula[] {
  const out: PendingFormula[] = [];
  sheets.forEach((s, sheet) =>
    s.rows.forEach((cells, row) =>
      cells.forEach((c, col) => {
        if (c.f) {
          Object.assign(c, { v: null, t: 'n' });
          out.push(pendingAt(sheet, row, col));
        }
      }),
    ),
  );
  return out;
}

describe('evaluateSimpleFormulas', () => {
  it("computes the template's sums exactly as HyperFormula does (blank-aware Giao vốn totals stay blank)", () => {
    const wb = new ExcelJS.Workbook();
    for (const plan of buildTemplatePlans({ year: 2024 }, { details: [{ leafCode: 'DA4.TDA1.ND1', name: 'Đường' }] }))
      addPlanSheet(wb, plan);
    wb.getWorksheet('Kế hoạch vốn')!.getCell('F16').value = 300;
    wb.getWorksheet('Kế hoạch vốn')!.getCell('F15').value = '7';
    wb.getWorksheet('Giao vốn')!.getCell('F12').value = 12.5;
    const simple = readWorkbookSnapshot(wb).sheets;
    const viaHf = readWorkbookSnapshot(wb).sheets;
    evaluateMissingResults(viaHf, pendingOf(viaHf));
    const formulas = simple.flatMap((s, i) =>
      s.rows.flatMap((cells, r) => cells.flatMap((c, col) => (c.f ? [[c, viaHf[i].rows[r][col]]] : []))),
    );
    expect(formulas.length).toBeGreaterThan(250);
    for (const [a, b] of formulas) expect({ v: a.v, t: a.t }).toEqual({ v: b.v, t: b.t });
    expect(formulas.some(([a]) => a.t === 'z')).toBe(true);
    expect(formulas.some(([a]) => a.v === 300)).toBe(true);
  });

  it('leaves other formulas (and what depends on them) to the general engine', () => {
    const sheet: SheetSnapshot = {
      name: 'S',
      rows: [
        [
          { v: 2, t: 'n' },
          { v: null, t: 'n', f: '=A1*2' },
          { v: null, t: 'n', f: '=SUM(A1:B1)' },
          { v: null, t: 'n', f: '=SUM(A1)' },
        ],
      ],
    };
    const left = evaluateSimpleFormulas(
      [sheet],
      [1, 2, 3].map((col) => pendingAt(0, 0, col)),
    );
    expect(left.map(pendingCol)).toEqual([1, 2]);
    expect(sheet.rows[0][3]).toMatchObject({ v: 2, t: 'n' });
  });
});
