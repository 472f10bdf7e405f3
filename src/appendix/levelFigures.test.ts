import { SnapshotBuilder } from '../validation/testing/snapshotBuilder';
import { readAppendixModel } from './readWorkbook';
import { fundedTree, treeTotals, buildPb02 } from './pb02FundingPlan';

/** A plan typed at sub-project level for investment and per nội dung for recurrent funds. */
function mixedLevels() {
  return new SnapshotBuilder()
    .plan('DA4.TDA1', 'DTPT_NSTW', 7900)
    .plan('DA4.TDA1.ND1', 'SN_NSTW', 450)
    .plan('DA8', 'SN_NSTW', 120)
    .build();
}

describe('appendices show a figure at the level it was given', () => {
  it('PB02 keeps DA4.TDA1 investment (given per sub-project) beside recurrent funds given per nội dung', () => {
    const model = readAppendixModel(mixedLevels());
    const tree = fundedTree(model.planRows);
    const da4 = tree.children.find((n) => n.code === 'DA4')!;
    const tda1 = da4.children.find((n) => n.code === 'DA4.TDA1')!;
    expect(treeTotals(tda1)).toMatchObject({ DTPT_NSTW: 7900, SN_NSTW: 450, TONG: 8350 });
    expect(treeTotals(tree)).toMatchObject({ DTPT_NSTW: 7900, SN_NSTW: 570, TONG: 8470 });
    // On the sheet: the sub-project's investment is its own figure, its recurrent funds a sum of its contents.
    const plan = buildPb02(model, false);
    const numbers = plan.cells.filter((c) => c.value === 7900);
    expect(numbers.length).toBe(1);
  });
});
