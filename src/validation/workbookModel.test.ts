import { SHEET_NAMES } from '../domain/workbookLayout';
import { SnapshotBuilder } from './testing/snapshotBuilder';
import { buildWorkbookModel, findStrayRows, hasTemplateSheet } from './workbookModel';
import { CHECKS, readSettings, validateSnapshot } from './index';
import type { WorkbookSnapshot } from '../model/snapshot';
import { catalog } from '../domain/catalog';
import { SOURCE_KEYS, type SourceKey } from '../domain/sources';

const structure = (s: WorkbookSnapshot) => validateSnapshot(s).filter((f) => f.code === 'TEMPLATE_STRUCTURE');

describe('reading the workbook model', () => {
  it('maps key columns and codes, detail rows under their leaf', () => {
    const b = new SnapshotBuilder();
    const d = b.detail('DA4.TDA1.ND1');
    const model = buildWorkbookModel(b.build());
    expect(model.structure).toEqual([]);
    expect(model.plan!.colOf('MA')).toBe(1);
    expect(model.plan!.detailsOf.get('DA4.TDA1.ND1')).toEqual([d]);
    expect(model.plan!.rowOf.get('TONG')).toBe(3);
    expect(model.indicators!.rowOf.get('CT01')).toBe(3);
  });

  it('finds a renamed sheet by its marker, warns, and still checks it', () => {
    const s = new SnapshotBuilder().renameSheet('plan', 'KH 2024').plan('DA8', 'DTPT_NSTW', 5).build();
    const f = validateSnapshot(s);
    expect(f.find((x) => x.code === 'TEMPLATE_STRUCTURE')).toMatchObject({
      severity: 'warning',
      sheet: 'KH 2024',
      cell: 'A1',
    });
    expect(f.some((x) => x.code === 'SOURCE_NOT_ELIGIBLE' && x.sheet === 'KH 2024')).toBe(true);
  });

  it('reports a missing sheet, a missing key row, duplicated/unknown codes and deleted lines', () => {
    expect(structure(new SnapshotBuilder().omitSheet('indicators').build()).map((f) => [f.sheet, f.severity])).toEqual([
      [SHEET_NAMES.indicators, 'error'],
    ]);

    const noKey = new SnapshotBuilder().build();
    noKey.sheets[2].rows[1] = [];
    expect(structure(noKey).map((f) => f.message)).toEqual([expect.stringContaining('thiếu dòng khóa')]);

    const odd = new SnapshotBuilder().build();
    const plan = odd.sheets[2];
    plan.rows.push(
      [
        { v: null, t: 'z' },
        { v: 'DA8', t: 's' },
      ],
      [
        { v: null, t: 'z' },
        { v: 'DA99.X', t: 's' },
      ],
      [
        { v: null, t: 'z' },
        { v: 'Ghi chú', t: 's' },
      ],
    );
    expect(structure(odd).map((f) => [f.severity, f.lineCode])).toEqual([
      ['error', 'DA8'],
      ['warning', 'DA99.X'],
    ]);
    // The duplicate names the first row's cell (its own cell is shown beside the message).
    expect(structure(odd)[0].message).toMatch(/^Mã dòng "DA8" trùng với ô B\d+;/);

    const deleted = structure(new SnapshotBuilder().deleteLine('allocation', 'DA7').build());
    expect(deleted.map((f) => [f.sheet, f.lineCode])).toEqual([[SHEET_NAMES.allocation, 'DA7']]);
  });

  it('tells our workbooks from others', () => {
    expect(hasTemplateSheet(new SnapshotBuilder().build())).toBe(true);
    expect(
      hasTemplateSheet(
        new SnapshotBuilder()
          .renameSheet('plan', 'X')
          .omitSheet('settings')
          .omitSheet('allocation')
          .omitSheet('indicators')
          .build(),
      ),
    ).toBe(true);
    expect(hasTemplateSheet({ sheets: [{ name: 'Sheet1', rows: [[{ v: 1, t: 'n' }]] }] })).toBe(false);
  });
});

describe('readSettings', () => {
  it('reads keys and the labels users type', () => {
    const s = new SnapshotBuilder({ level: 'tinh' })
      .setting('DON_VI_TINH', 'nghìn đồng')
      .setting('DOI_UNG_TOI_THIEU', { v: 0.1, t: 'n', nf: '0%' })
      .build();
    expect(readSettings(s)).toMatchObject({ level: 'tinh', unit: 'nghin', counterpartPercent: 10, year: 2024 });
  });
  it('falls back to defaults with a TEMPLATE_STRUCTURE warning when unreadable', () => {
    const s = new SnapshotBuilder().setting('CAP', 'vùng').build();
    expect(readSettings(s).level).toBe('huyen');
    expect(structure(s).map((f) => [f.severity, f.sheet])).toEqual([['warning', SHEET_NAMES.settings]]);
  });
});

describe('validateSnapshot', () => {
  it('never throws: a failing check becomes a TEMPLATE_STRUCTURE finding naming it', () => {
    CHECKS.exploding = () => {
      throw new Error('boom');
    };
    try {
      const f = validateSnapshot(new SnapshotBuilder().build());
      expect(f.map((x) => [x.code, x.message.includes('exploding') && x.message.includes('boom')])).toEqual([
        ['TEMPLATE_STRUCTURE', true],
      ]);
    } finally {
      delete CHECKS.exploding;
    }
    expect(() => validateSnapshot({ sheets: [] })).not.toThrow();
    expect(() => validateSnapshot({ sheets: [{ name: 'x', rows: [null as never] }] })).not.toThrow();
  });

  it('keeps one finding per code and cell, the most severe', () => {
    const b = new SnapshotBuilder()
      .plan('DA8', 'SN_NSTW', 120_000)
      .alloc('DA8', 'SN_NSTW', 120)
      .plan('DA9.TDA2', 'SN_NSTW', 100)
      .plan('DA10.TDA1', 'SN_NSTW', 90)
      .plan('DA10.TDA3', 'SN_NSTW', 110)
      .plan('DA5.TDA2', 'SN_NSTW', 95);
    const unit = validateSnapshot(b.build()).filter((f) => f.code === 'UNIT_SUSPECT');
    expect(unit.map((f) => [f.lineCode, f.severity])).toEqual([['DA8', 'error']]);
  });

  it('sorts by severity, then sheet order, then row', () => {
    const b = new SnapshotBuilder()
      .plan('DA8', 'SN_NSTW', '100')
      .plan('DA8', 'DTPT_NSTW', 5)
      .alloc('DA7', 'SN_NSTW', '5')
      .indicator('CT02', 120);
    const f = validateSnapshot(b.build());
    expect(f.map((x) => [x.severity, x.sheet, x.code])).toEqual([
      ['error', SHEET_NAMES.plan, 'SOURCE_NOT_ELIGIBLE'],
      ['error', SHEET_NAMES.indicators, 'INDICATOR_VALUE_INVALID'],
      ['warning', SHEET_NAMES.allocation, 'NUMBER_AS_TEXT'],
      ['warning', SHEET_NAMES.plan, 'COUNTERPART_SHORTFALL'],
      ['warning', SHEET_NAMES.plan, 'UNDER_ALLOCATION'],
      ['warning', SHEET_NAMES.plan, 'NUMBER_AS_TEXT'],
    ]);
  });

  it('knows our workbook by one template sheet among others', () => {
    const ours = new SnapshotBuilder().build();
    const foreign = { name: 'Sheet1', rows: [[{ v: 1, t: 'n' as const }]] };
    expect(hasTemplateSheet({ sheets: [foreign, ...ours.sheets] })).toBe(true);
  });
});

describe('a province plan of 200,000 lines', () => {
  it('finds stray rows below 200,000 coded rows without overflowing the stack (no Math.min(...rows))', () => {
    const rows = Array.from({ length: 200_002 }, () => [{ v: 5, t: 'n' as const }]);
    const coded = new Set(Array.from({ length: 200_000 }, (_, i) => i + 1));
    expect(findStrayRows({ name: 'S', rows }, coded, [0])).toEqual([200_001]);
  });
});

describe('cached amount reads', () => {
  it('every (line, source) reads its own figure, whatever order the checks ask in', () => {
    // One slot per row × source: a slip in the slot arithmetic (e.g. row·n − k) makes two
    // cells share a slot, so the second read returns the first cell's figure.
    const leaves = catalog.nodes.filter((n) => n.isLeaf).map((n) => n.code);
    const b = new SnapshotBuilder();
    const expected = new Map<string, number>();
    leaves.forEach((code, i) =>
      SOURCE_KEYS.forEach((key, k) => {
        const value = 1000 * (i + 1) + k + 1;
        b.plan(code, key, value);
        expected.set(`${code}|${key}`, value);
      }),
    );
    const read = (order: Array<[string, SourceKey]>) => {
      const model = buildWorkbookModel(b.build()).plan!;
      return order.map(([code, key]) => {
        const n = model.amount(code, key);
        return n.state === 'number' ? n.value : n.state;
      });
    };
    const pairs = leaves.flatMap((code) => SOURCE_KEYS.map((key) => [code, key] as [string, SourceKey]));
    const want = pairs.map(([code, key]) => expected.get(`${code}|${key}`));
    expect(read(pairs)).toEqual(want);
    expect(read([...pairs].reverse())).toEqual([...want].reverse());
  });
});
