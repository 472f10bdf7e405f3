import { catalog } from '../domain/catalog';
import { SnapshotBuilder } from './testing/snapshotBuilder';
import { buildWorkbookModel } from './workbookModel';
import { cellTag, forEachAmountCell, unusualAmountCells, type AmountCell } from './amountCells';
import { runCheck } from './testing/runCheck';
import { checkNotANumber } from './checks/notANumber';

const visited = (b: SnapshotBuilder, only?: AmountCell['kind']) => {
  const out: Array<Pick<AmountCell, 'sheet' | 'kind' | 'lineCode' | 'sourceKey' | 'columnKey'>> = [];
  forEachAmountCell(
    buildWorkbookModel(b.build()),
    (c) =>
      out.push({ sheet: c.sheet, kind: c.kind, lineCode: c.lineCode, sourceKey: c.sourceKey, columnKey: c.columnKey }),
    only,
  );
  return out;
};

describe('forEachAmountCell', () => {
  it('visits every money cell of both money sheets, Giải ngân, then the indicator values', () => {
    const all = visited(new SnapshotBuilder().withDisbursement());
    const sheets = [...new Set(all.map((c) => c.sheet))];
    expect(sheets).toEqual(['Giao vốn', 'Kế hoạch vốn', 'Giải ngân', 'Chỉ tiêu']);
    const ind = all.filter((c) => c.kind === 'indicator');
    expect(ind.map((c) => c.lineCode)).toEqual(catalog.indicators.map((i) => i.code));
    expect(ind.every((c) => c.sheet === 'Chỉ tiêu' && c.sourceKey === undefined && c.columnKey === undefined)).toBe(
      true,
    );
    const disb = all.filter((c) => c.sheet === 'Giải ngân');
    expect(disb.length).toBeGreaterThan(0);
    expect(disb.every((c) => c.kind === 'money' && c.sourceKey === undefined && c.columnKey !== undefined)).toBe(true);
    const plan = all.filter((c) => c.sheet === 'Kế hoạch vốn');
    expect(plan.every((c) => c.sourceKey !== undefined && c.columnKey === undefined)).toBe(true);
    expect(plan.filter((c) => c.lineCode === 'DA8').map((c) => c.sourceKey)).toHaveLength(11);
  });

  it('only money, or only indicators, when asked', () => {
    const b = new SnapshotBuilder().withDisbursement();
    expect(new Set(visited(b, 'money').map((c) => c.kind))).toEqual(new Set(['money']));
    expect(visited(b, 'money').some((c) => c.sheet === 'Giải ngân')).toBe(true);
    expect(new Set(visited(b, 'indicator').map((c) => c.sheet))).toEqual(new Set(['Chỉ tiêu']));
  });

  it('an indicator after Giải ngân is tagged by its code alone', () => {
    const b = new SnapshotBuilder().withDisbursement().indicator('CT12', 'chưa có');
    expect(runCheck(checkNotANumber, b).map((f) => f.message)).toEqual([
      '"chưa có" không phải số; Excel không cộng ô này — CT12.',
    ]);
    expect(
      cellTag({
        sheet: 'x',
        row: 0,
        col: 0,
        lineCode: 'DA8',
        kind: 'money',
        raw: { v: null, t: 'z' },
        n: { state: 'blank' },
        columnKey: 'GN_SN',
      }),
    ).toEqual({
      vi: 'DA8 · Giải ngân SN',
      en: expect.any(String),
    });
  });
});

describe('unusualAmountCells', () => {
  it('text, numbers as text, dates, negatives and errors; not blanks, zeros or plain figures', () => {
    const b = new SnapshotBuilder()
      .plan('DA8', 'SN_NSTW', 5)
      .plan('DA7', 'SN_NSTW', 0)
      .plan('DA6', 'SN_NSTW', -1)
      .plan('DA5.TDA1', 'SN_NSTW', '12')
      .plan('DA5.TDA2', 'SN_NSTW', { v: 45000, t: 'n', nf: 'dd/mm/yyyy' })
      .plan('DA9.TDA1', 'SN_NSTW', { v: '#N/A', t: 'e' })
      .alloc('DA8', 'SN_NSTW', 'một')
      .indicator('CT12', 4);
    const cells = unusualAmountCells(buildWorkbookModel(b.build()));
    expect(cells.map((c) => `${c.sheet}|${c.lineCode}|${c.sourceKey ?? ''}`).sort()).toEqual(
      [
        'Giao vốn|DA8|SN_NSTW',
        'Kế hoạch vốn|DA6|SN_NSTW',
        // Its formula totals go negative with it.
        'Kế hoạch vốn|DA6|SN',
        'Kế hoạch vốn|DA6|TONG',
        'Kế hoạch vốn|DA5.TDA1|SN_NSTW',
        'Kế hoạch vốn|DA5.TDA2|SN_NSTW',
        'Kế hoạch vốn|DA9.TDA1|SN_NSTW',
      ].sort(),
    );
    // Each is its own object (the visitor's object is reused).
    expect(new Set(cells).size).toBe(cells.length);
    expect(new Set(cells.map((c) => `${c.lineCode}|${c.sourceKey}|${c.sheet}`)).size).toBe(cells.length);
  });

  it('is read once per model', () => {
    const model = buildWorkbookModel(new SnapshotBuilder().plan('DA6', 'SN_NSTW', -1).build());
    expect(unusualAmountCells(model)).toBe(unusualAmountCells(model));
  });
});
