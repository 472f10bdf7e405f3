import { a1 } from '../model/a1';
import { workbookOf, type OwnColumn, type OwnTable } from '../../tests/fixtures/ownLayout/grid';
import { catalog } from '../domain/catalog';
import { buildLayoutModel } from './layoutModel';
import { readLayout } from './readLayout';
import { validateLayout } from './validateLayout';

/** A district table whose local budget is split by level (NS tỉnh, NS huyện), no NSĐP column. */
function byLevel(withNsdp = false, huyen = 30): OwnTable {
  const columns: OwnColumn[] = [
    { path: ['Tổng cộng'], expect: 'TONG', sumOf: withNsdp ? [1, 2] : [1, 2, 3] },
    { path: ['Vốn đầu tư phát triển', 'NSTW'], expect: 'DTPT_NSTW' },
    ...(withNsdp ? [{ path: ['Vốn đầu tư phát triển', 'NSĐP'], expect: 'DTPT_NSDP' as const }] : []),
    { path: ['Vốn đầu tư phát triển', 'NS tỉnh'], expect: 'DTPT_NSDP' },
    { path: ['Vốn đầu tư phát triển', 'NS huyện'], expect: 'DTPT_NSDP' },
  ];
  const values: Record<number, number> = withNsdp ? { 1: 1000, 2: 60, 3: 30, 4: 30 } : { 1: 1000, 2: 30, 3: huyen };
  return {
    sheet: 'KH',
    title: ['UBND HUYỆN ĐAKRÔNG', 'KẾ HOẠCH VỐN NĂM 2024'],
    unitLine: 'ĐVT: triệu đồng',
    columns,
    numbering: false,
    totalAt: 'bottom',
    rows: [
      {
        stt: 'I',
        name: catalog.byCode.get('DA4')!.name,
        expect: { kind: 'line', code: 'DA4' },
        values,
        top: true,
      },
    ],
  };
}

describe('NS tỉnh / NS huyện columns without an NSĐP column', () => {
  it('both map to DTPT_NSDP and are summed into the NSĐP figure of the line', () => {
    const { snapshot, placed } = workbookOf([byLevel()]);
    const mapping = readLayout(snapshot);
    const cols = mapping.tables[0].columns;
    expect(cols.filter((c) => c.key === 'DTPT_NSDP').map((c) => c.col)).toEqual(['E', 'F']);
    expect(mapping.tables[0].unmapped).toEqual([]);
    const plan = buildLayoutModel(snapshot, mapping).plan!;
    expect(plan.amount('DA4', 'DTPT_NSDP')).toMatchObject({ state: 'number', value: 60 });
    // 60 of 1,000 central: the 5 % counterpart is met only with both levels counted.
    expect(validateLayout(snapshot, mapping).filter((f) => f.severity !== 'info')).toEqual([]);
    void placed;
  });

  it('a slip in one level (NS huyện 1,000× too large): her Tổng cộng and her total row both miss it by the same step, so it is named at its own cell', () => {
    const { snapshot, placed } = workbookOf([byLevel()]);
    const p = placed[0];
    const row = p.rowOf.get(0)!;
    snapshot.sheets[0].rows[row][p.colOf(3)] = { v: 30_000, t: 'n' };
    const errors = validateLayout(snapshot, readLayout(snapshot)).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.code}@${f.cell}`)).toEqual([`UNIT_SUSPECT@${a1(row, p.colOf(3))}`]);
  });

  it('near miss: with an NSĐP column of its own, the level columns are not counted again', () => {
    const { snapshot } = workbookOf([byLevel(true)]);
    const mapping = readLayout(snapshot);
    const t = mapping.tables[0];
    expect(t.columns.filter((c) => c.key === 'DTPT_NSDP').map((c) => c.col)).toEqual(['E']);
    expect(t.unmapped.map((u) => u.cell.replace(/\d+$/, ''))).toEqual(['F', 'G']);
    expect(buildLayoutModel(snapshot, mapping).plan!.amount('DA4', 'DTPT_NSDP')).toMatchObject({ value: 60 });
  });
});
