import { DetailedCellError, HyperFormula } from 'hyperformula';
import type { SheetPlan } from '../../model/sheetPlan';
import { planToGrid } from '../../templates/planGrid';
import type { CellSnapshot, WorkbookSnapshot } from '../../model/snapshot';

/**
 * Test support: the snapshot a host would read after writing these plans, with every
 * formula evaluated by HyperFormula (so tests run without Excel, ExcelJS or files).
 */
export function snapshotFromPlans(plans: SheetPlan[]): WorkbookSnapshot {
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const plan of plans) sheets[plan.name] = planToGrid(plan);
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
  try {
    return {
      sheets: plans.map((plan) => {
        const sheetId = hf.getSheetId(plan.name)!;
        const values = hf.getSheetValues(sheetId);
        const byPos = new Map(plan.cells.map((c) => [`${c.row}:${c.col}`, c]));
        const rows = values.map((row, r) =>
          row.map((v, c): CellSnapshot => {
            const planCell = byPos.get(`${r}:${c}`);
            const f = planCell?.formula ? `=${planCell.formula}` : undefined;
            const nf = planCell?.style ? plan.styles[planCell.style]?.numFmt : undefined;
            const extra = { ...(f ? { f } : {}), ...(nf ? { nf } : {}) };
            if (v instanceof DetailedCellError) return { v: v.value, t: 'e', ...extra };
            if (typeof v === 'number') return { v, t: 'n', ...extra };
            if (typeof v === 'boolean') return { v, t: 'b', ...extra };
            if (typeof v === 'string' && v !== '') return { v, t: 's', ...extra };
            return { v: null, t: 'z', ...extra };
          }),
        );
        const hiddenRows = plan.rows.filter((r) => r.hidden).map((r) => r.index);
        return { name: plan.name, rows, hiddenRows };
      }),
    };
  } finally {
    hf.destroy();
  }
}
