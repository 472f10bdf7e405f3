import { SOURCE_KEYS } from '../domain/sources';
import { SnapshotBuilder, moneyCell } from './testing/snapshotBuilder';
import { buildWorkbookModel } from './workbookModel';
import { cellOf, lineShort, partsRef, refOf, sourceShort, sumFigures, tagOf } from './describe';
import type { SumRelation } from './relations';

const snapshot = () => new SnapshotBuilder().build();
const planOf = () => buildWorkbookModel(snapshot()).plan!;
/** The builder's own address of a plan cell (found in the built rows, not through the model). */
const at = (code: string, key = 'SN_NSTW' as const) => moneyCell(snapshot(), 'plan', code, key);
const rel = (codes: string[], key = 'SN_NSTW' as const): SumRelation => ({
  kind: 'children',
  code: 'DA4',
  key,
  partKeys: null,
  partCodes: codes,
});

describe('short names in finding messages', () => {
  it('every source column, budget columns with their capital type', () => {
    expect(SOURCE_KEYS.map((k) => [k, sourceShort(k).vi, sourceShort(k).en])).toEqual([
      ['TONG', 'Tổng cộng', 'all sources'],
      ['DTPT', 'Tổng ĐTPT', 'investment total'],
      ['DTPT_NSTW', 'ĐTPT NSTW', 'investment central'],
      ['DTPT_NSDP', 'ĐTPT NSĐP', 'investment local'],
      ['SN', 'Tổng SN', 'recurrent total'],
      ['SN_NSTW', 'SN NSTW', 'recurrent central'],
      ['SN_NSDP', 'SN NSĐP', 'recurrent local'],
      ['LONG_GHEP', 'Lồng ghép', 'integrated'],
      ['TIN_DUNG', 'Tín dụng', 'policy credit'],
      ['HUY_DONG', 'Huy động khác', 'other mobilised'],
      ['DAN_GOP', 'Dân góp', "people's contribution"],
    ]);
    expect(sourceShort('NOPE' as never)).toEqual({ vi: 'NOPE', en: 'NOPE' });
  });

  it('the total row is named, other lines by their code; a tag without a source is the line', () => {
    expect(lineShort('TONG')).toEqual({ vi: 'Dòng tổng', en: 'Total row' });
    expect(lineShort('DA4')).toEqual({ vi: 'DA4', en: 'DA4' });
    expect(tagOf('TONG', 'SN')).toEqual({ vi: 'Dòng tổng · Tổng SN', en: 'Total row · recurrent total' });
    expect(tagOf('CT12')).toEqual({ vi: 'CT12', en: 'CT12' });
  });
});

describe('cells a message points at', () => {
  it('a line and source cell; the key row for a missing line, column A for a missing source', () => {
    const plan = planOf();
    expect(cellOf(plan, 'DA8', 'SN_NSTW')).toEqual({ row: 30, col: 8, address: 'I31' });
    expect(cellOf(plan, 'DA404', 'SN_NSTW')).toEqual({ row: plan.keyRow, col: 8, address: 'I2' });
    expect(cellOf(plan, 'DA8', 'NOPE' as never)).toEqual({ row: 30, col: -1, address: 'A31' });
    expect(refOf(plan, 'DA8', 'SN_NSTW')).toBe('Kế hoạch vốn!I31');
  });

  it('lists up to three part cells, none beyond, and skips parts the sheet lacks', () => {
    const plan = planOf();
    const [a, b, c, d] = ['DA4.TDA1', 'DA4.TDA2', 'DA5', 'DA6'].map((code) => at(code));
    expect(partsRef(plan, rel(['DA4.TDA1', 'DA4.TDA2']))).toBe(`${a}+${b}`);
    expect(partsRef(plan, rel(['DA4.TDA1', 'DA404', 'DA4.TDA2']))).toBe(`${a}+${b}`);
    expect(partsRef(plan, rel(['DA4.TDA1', 'DA4.TDA2', 'DA5']))).toBe(`${a}+${b}+${c}`);
    expect(partsRef(plan, rel(['DA4.TDA1', 'DA4.TDA2', 'DA5', 'DA6']))).toBeNull();
    expect(partsRef(plan, rel(['DA4.TDA1', 'DA4.TDA2', 'DA5', 'DA6']), 4)).toBe(`${a}+${b}+${c}+${d}`);
    expect(partsRef(plan, rel(['DA404']))).toBeNull();
    expect(
      partsRef(plan, { kind: 'sources', code: 'DA8', key: 'SN', partKeys: ['SN_NSTW', 'SN_NSDP'], partCodes: null }),
    ).toBe('I31+J31');
  });

  it('sum figures: total against sum in the unit, with the part cells when few', () => {
    const plan = planOf();
    const parts = `${at('DA4.TDA1')}+${at('DA4.TDA2')}`;
    expect(sumFigures(plan, rel(['DA4.TDA1', 'DA4.TDA2']), 1000, 900.5, 'trieu')).toEqual([
      `DA4 · SN NSTW: 1.000 so với 900,5 triệu đồng (${parts}).`,
      `DA4 · recurrent central: 1,000 vs 900.5 million VND (${parts}).`,
    ]);
    expect(sumFigures(plan, rel(['DA404']), 1000, 0, 'trieu')).toEqual([
      'DA4 · SN NSTW: 1.000 so với 0 triệu đồng.',
      'DA4 · recurrent central: 1,000 vs 0 million VND.',
    ]);
  });
});
