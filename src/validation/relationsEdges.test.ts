import type { WorkbookSnapshot } from '../model/snapshot';
import { SnapshotBuilder, constant } from './testing/snapshotBuilder';
import { buildWorkbookModel } from './workbookModel';
import { isGivenAllocation, judgeRelation, presentParts, sumRelations } from './relations';

const dropKey = (s: WorkbookSnapshot, name: string, key: string) => {
  const keyRow = s.sheets.find((x) => x.name === name)!.rows[1];
  keyRow[keyRow.findIndex((c) => c?.v === key)] = { v: null, t: 'z' };
  return s;
};

describe('relations on a sheet as it is', () => {
  it('a total column without one of its part columns sums that part’s own parts', () => {
    const plan = buildWorkbookModel(dropKey(new SnapshotBuilder().build(), 'Kế hoạch vốn', 'DTPT')).plan!;
    expect(presentParts(plan, 'TONG')).toEqual([
      'DTPT_NSTW',
      'DTPT_NSDP',
      'SN',
      'LONG_GHEP',
      'TIN_DUNG',
      'HUY_DONG',
      'DAN_GOP',
    ]);
    expect(presentParts(plan, 'SN')).toEqual(['SN_NSTW', 'SN_NSDP']);
    expect(presentParts(plan, 'SN_NSTW')).toEqual([]);
  });

  it('relations: every total column of every row, and each typed column of rows with rows below', () => {
    const plan = buildWorkbookModel(new SnapshotBuilder().build()).plan!;
    const rels = sumRelations(plan);
    const of = (code: string) => rels.filter((r) => r.code === code).map((r) => `${r.kind}:${r.key}`);
    expect(of('DA8')).toEqual(['sources:TONG', 'sources:DTPT', 'sources:SN']);
    expect(of('DA4')).toEqual([
      'sources:TONG',
      'sources:DTPT',
      'sources:SN',
      ...['DTPT_NSTW', 'DTPT_NSDP', 'SN_NSTW', 'SN_NSDP', 'LONG_GHEP', 'TIN_DUNG', 'HUY_DONG', 'DAN_GOP'].map(
        (k) => `children:${k}`,
      ),
    ]);
    expect(of('TONG').filter((x) => x.startsWith('projects:'))).toHaveLength(8);
    expect(sumRelations(plan)).toBe(rels);
  });

  it('Giao vốn: a typed figure is given; a formula in a typed column when a line below is given (a leaf formula always)', () => {
    const sum = (v: number) => ({ v, t: 'n' as const, f: '=SUM(F20:F25)' });
    const given = buildWorkbookModel(
      new SnapshotBuilder()
        .alloc('DA4', 'DTPT_NSTW', sum(50))
        .alloc('DA4.TDA1', 'DTPT_NSTW', 50)
        .alloc('DA8', 'SN_NSTW', sum(7))
        .build(),
    ).allocation!;
    expect(isGivenAllocation(given, 'DA4', 'DTPT_NSTW')).toBe(true);
    expect(isGivenAllocation(given, 'DA4.TDA1', 'DTPT_NSTW')).toBe(true);
    expect(isGivenAllocation(given, 'DA4.TDA2', 'DTPT_NSTW')).toBe(false);
    expect(isGivenAllocation(given, 'DA8', 'SN_NSTW')).toBe(true);
    // The DTPT total column is a formula: given because DTPT_NSTW is.
    expect(isGivenAllocation(given, 'DA4', 'DTPT')).toBe(true);
    expect(isGivenAllocation(given, 'DA4', 'SN')).toBe(false);
    const none = buildWorkbookModel(new SnapshotBuilder().alloc('DA4', 'DTPT_NSTW', sum(0)).build()).allocation!;
    expect(isGivenAllocation(none, 'DA4', 'DTPT_NSTW')).toBe(false);
  });

  it('judging: an error among the parts, or a text total, leaves nothing to judge', () => {
    const b = new SnapshotBuilder()
      .plan('DA4.TDA1.ND1', 'DTPT_NSTW', { v: '#REF!', t: 'e' })
      .plan('DA4.TDA1.ND2', 'DTPT_NSTW', 5);
    const plan = buildWorkbookModel(b.build()).plan!;
    const rel = sumRelations(plan).find((r) => r.code === 'DA4.TDA1' && r.key === 'DTPT_NSTW')!;
    expect(judgeRelation(plan, rel)).toBeNull();
    const text = buildWorkbookModel(new SnapshotBuilder().plan('DA4.TDA1', 'DTPT_NSTW', 'sáu trăm').build()).plan!;
    expect(
      judgeRelation(
        text,
        sumRelations(text).find((r) => r.code === 'DA4.TDA1' && r.key === 'DTPT_NSTW')!,
      ),
    ).toBeNull();
  });

  it('judging a typed total counts numbers typed as text; a formula total, as Excel, does not', () => {
    const typed = buildWorkbookModel(
      new SnapshotBuilder()
        .plan('DA8', 'SN_NSTW', '100')
        .plan('DA8', 'SN_NSDP', 20)
        .plan('DA8', 'SN', constant(120))
        .build(),
    ).plan!;
    const rel = (p: typeof typed) => sumRelations(p).find((r) => r.code === 'DA8' && r.key === 'SN')!;
    expect(judgeRelation(typed, rel(typed))).toMatchObject({ total: 120, sum: 120, judgement: { verdict: 'equal' } });
    const formula = buildWorkbookModel(
      new SnapshotBuilder().plan('DA8', 'SN_NSTW', '100').plan('DA8', 'SN_NSDP', 20).build(),
    ).plan!;
    expect(judgeRelation(formula, rel(formula))).toMatchObject({ sum: 20 });
  });
});
