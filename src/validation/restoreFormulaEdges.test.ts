import type { WorkbookSnapshot } from '../model/snapshot';
import { buildWorkbookModel } from './workbookModel';
import { templateFormulaOf } from './restoreFormula';
import { SnapshotBuilder, moneyCell } from './testing/snapshotBuilder';

const dropColumn = (s: WorkbookSnapshot, sheet: string, key: string) => {
  const keyRow = s.sheets.find((x) => x.name === sheet)!.rows[1];
  keyRow[keyRow.findIndex((c) => c?.v === key)] = { v: null, t: 'z' };
  return s;
};

describe('templateFormulaOf: cells without a template formula, and the shapes it writes', () => {
  it('null for a line or column the sheet lacks, and for a total whose part column is gone', () => {
    const plan = buildWorkbookModel(new SnapshotBuilder().build()).plan!;
    expect(templateFormulaOf(plan, 'DA404', 'SN')).toBeNull();
    expect(templateFormulaOf(plan, 'DA8', 'NOPE' as never)).toBeNull();
    const noPart = buildWorkbookModel(dropColumn(new SnapshotBuilder().build(), 'Kế hoạch vốn', 'SN_NSDP')).plan!;
    expect(templateFormulaOf(noPart, 'DA8', 'SN')).toBeNull();
    expect(templateFormulaOf(noPart, 'DA8', 'DTPT')).not.toBeNull();
  });

  it('a typed cell has none: a leaf without details, any typed cell of Giao vốn', () => {
    const model = buildWorkbookModel(new SnapshotBuilder().build());
    expect(templateFormulaOf(model.plan!, 'DA8', 'SN_NSTW')).toBeNull();
    expect(templateFormulaOf(model.allocation!, 'DA4', 'SN_NSTW')).toBeNull();
  });

  it('a leaf with one detail row sums that cell, with several the block as a range', () => {
    const b = new SnapshotBuilder();
    const first = b.detail('DA8');
    const one = buildWorkbookModel(b.build()).plan!;
    const cell = (code: string) => moneyCell(b.build(), 'plan', code, 'SN_NSTW');
    expect(templateFormulaOf(one, 'DA8', 'SN_NSTW')).toBe(`SUM(${cell(first)})`);
    b.detail('DA8');
    const last = b.detail('DA8');
    const three = buildWorkbookModel(b.build()).plan!;
    expect(templateFormulaOf(three, 'DA8', 'SN_NSTW')).toBe(`SUM(${cell(first)}:${cell(last)})`);
  });

  it('a total column sums its part columns as one range; on Giao vốn blank-aware', () => {
    const b = new SnapshotBuilder();
    const model = buildWorkbookModel(b.build());
    const range = (sheet: 'plan' | 'allocation') =>
      `${moneyCell(b.build(), sheet, 'DA8', 'SN_NSTW')}:${moneyCell(b.build(), sheet, 'DA8', 'SN_NSDP')}`;
    expect(templateFormulaOf(model.plan!, 'DA8', 'SN')).toBe(`SUM(${range('plan')})`);
    const alloc = range('allocation');
    expect(templateFormulaOf(model.allocation!, 'DA8', 'SN')).toBe(`IF(COUNT(${alloc})=0,"",SUM(${alloc}))`);
  });

  it('TONG has none once any of its part columns is gone', () => {
    const s = dropColumn(new SnapshotBuilder().build(), 'Kế hoạch vốn', 'HUY_DONG');
    const plan = buildWorkbookModel(s).plan!;
    expect(templateFormulaOf(plan, 'DA8', 'TONG')).toBeNull();
  });
});
