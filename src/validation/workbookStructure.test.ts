import type { Finding } from '../model/finding';
import type { CellSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { SnapshotBuilder } from './testing/snapshotBuilder';
import { buildWorkbookModel } from './workbookModel';

/** TEMPLATE_STRUCTURE findings of reading a snapshot, in full. */
const structure = (s: WorkbookSnapshot) =>
  buildWorkbookModel(s).structure.map((f: Finding) => [
    f.severity,
    f.sheet,
    f.cell,
    f.lineCode,
    f.message,
    f.messageEn,
  ]);
const planSheet = (s: WorkbookSnapshot) => s.sheets.find((x) => x.name === 'Kế hoạch vốn')!;
const coded = (code: unknown): CellSnapshot[] => [
  { v: null, t: 'z' },
  typeof code === 'number' ? { v: code, t: 'n' } : { v: code as string, t: 's' },
];

describe('reading the template: what TEMPLATE_STRUCTURE says, word for word', () => {
  it('a missing sheet is an error naming it', () => {
    expect(structure(new SnapshotBuilder().omitSheet('indicators').build())).toEqual([
      [
        'error',
        'Chỉ tiêu',
        'A1',
        undefined,
        'Thiếu trang "Chỉ tiêu" của biểu mẫu.',
        'Template sheet "Chỉ tiêu" is missing.',
      ],
    ]);
  });

  it('Giải ngân is optional: a workbook without it reads with no finding', () => {
    const model = buildWorkbookModel(new SnapshotBuilder().build());
    expect(model.structure).toEqual([]);
    expect(model.disbursement).toBeUndefined();
    expect(buildWorkbookModel(new SnapshotBuilder().withDisbursement().build()).disbursement).toBeDefined();
  });

  it('a sheet without its key row cannot be read', () => {
    const s = new SnapshotBuilder().build();
    planSheet(s).rows[1] = [];
    expect(structure(s)).toEqual([
      [
        'error',
        'Kế hoạch vốn',
        'A1',
        undefined,
        'Trang "Kế hoạch vốn" thiếu dòng khóa (cột MA) trong 30 dòng đầu; không đọc được trang này.',
        'Sheet "Kế hoạch vốn" has no key row (column MA) in its first 30 rows; it cannot be read.',
      ],
    ]);
    expect(buildWorkbookModel(s).plan).toBeUndefined();
  });

  it('missing source columns are named in sheet order, and read as blank', () => {
    const s = new SnapshotBuilder().plan('DA8', 'DAN_GOP', 5).build();
    const keyRow = planSheet(s).rows[1];
    for (const key of ['DAN_GOP', 'HUY_DONG']) keyRow[keyRow.findIndex((c) => c?.v === key)] = { v: null, t: 'z' };
    expect(structure(s)).toEqual([
      [
        'error',
        'Kế hoạch vốn',
        'B2',
        undefined,
        'Trang "Kế hoạch vốn" thiếu cột nguồn vốn: HUY_DONG, DAN_GOP.',
        'Sheet "Kế hoạch vốn" is missing source columns: HUY_DONG, DAN_GOP.',
      ],
    ]);
    const plan = buildWorkbookModel(s).plan!;
    expect(plan.colOf('DAN_GOP')).toBe(-1);
    // The figure is still in the sheet, but no longer in a source column.
    expect(plan.amount('DA8', 'DAN_GOP')).toEqual({ state: 'blank' });
    expect(plan.amount('DA8', 'SN_NSTW')).toEqual({ state: 'blank' });
    expect(plan.amount('DA404', 'SN_NSTW')).toEqual({ state: 'blank' });
  });

  it('a repeated code names the first cell; an unknown line-like code or a detail under a non-leaf is a warning; other text is ignored', () => {
    const s = new SnapshotBuilder().build();
    planSheet(s).rows.push(coded('DA8'), coded('DA99.X'), coded('DA4.01'), coded('ghi chú'), coded(8), coded('   '));
    expect(structure(s)).toEqual([
      [
        'error',
        'Kế hoạch vốn',
        'B39',
        'DA8',
        'Mã dòng "DA8" trùng với ô B31; chỉ dòng đầu được kiểm tra.',
        'Line code "DA8" repeats cell B31; only the first row is checked.',
      ],
      ...['B40|DA99.X', 'B41|DA4.01'].map((x) => {
        const [cell, code] = x.split('|');
        return [
          'warning',
          'Kế hoạch vốn',
          cell,
          code,
          `Mã dòng "${code}" không có trong danh mục (hoặc không thuộc một dòng lá); dòng này không được kiểm tra.`,
          `Line code "${code}" is not in the catalog (or not under a leaf line); the row is not checked.`,
        ];
      }),
    ]);
    const plan = buildWorkbookModel(s).plan!;
    expect(plan.rowOf.get('DA8')).toBe(30);
    expect(plan.lineCodes).not.toContain('TONG');
    expect(plan.lineCodes.filter((c) => c === 'DA8')).toEqual(['DA8']);
  });

  it('a code with spaces around it is the code', () => {
    const s = new SnapshotBuilder().deleteLine('plan', 'DA8').build();
    planSheet(s).rows.push(coded('  DA8 '));
    expect(structure(s)).toEqual([]);
    expect(buildWorkbookModel(s).plan!.rowOf.get('DA8')).toBe(planSheet(s).rows.length - 1);
  });

  it('a deleted catalog line is a warning with its number and the sheet', () => {
    expect(structure(new SnapshotBuilder().deleteLine('allocation', 'DA7').build())).toEqual([
      [
        'warning',
        'Giao vốn',
        'B2',
        'DA7',
        'Dòng DA7 (VII) của danh mục đã bị xóa khỏi trang "Giao vốn".',
        'Catalog line DA7 was deleted from sheet "Giao vốn".',
      ],
    ]);
  });

  it('a sheet without its TONG row is a warning', () => {
    const s = new SnapshotBuilder().build();
    const alloc = s.sheets.find((x) => x.name === 'Giao vốn')!;
    alloc.rows.find((row) => row?.[1]?.v === 'TONG')![1] = { v: 'Tổng', t: 's' };
    expect(structure(s)).toEqual([
      [
        'warning',
        'Giao vốn',
        'B2',
        undefined,
        'Trang "Giao vốn" thiếu dòng tổng cộng (mã TONG).',
        'Sheet "Giao vốn" has no grand-total row (code TONG).',
      ],
    ]);
  });

  it('a renamed sheet is read by its marker, with a warning naming both names', () => {
    expect(structure(new SnapshotBuilder().renameSheet('plan', 'KH 2024').build())).toEqual([
      [
        'warning',
        'KH 2024',
        'A1',
        undefined,
        'Trang "Kế hoạch vốn" đã được đổi tên thành "KH 2024"; vẫn đọc theo dấu nhận biết.',
        'Sheet "Kế hoạch vốn" was renamed to "KH 2024"; read by its marker.',
      ],
    ]);
  });

  it('stray rows: money below the first coded row in no line; zeros, text and header rows are none', () => {
    const s = new SnapshotBuilder().build();
    const rows = planSheet(s).rows;
    const at = (col: number, cell: CellSnapshot) => {
      const row: CellSnapshot[] = [];
      row[col] = cell;
      return row;
    };
    rows.push(at(8, { v: 0, t: 'n' }), at(8, { v: 'x', t: 's' }), at(13, { v: 4, t: 'n' }), at(1, { v: 9, t: 'n' }));
    const n = rows.length;
    expect(buildWorkbookModel(s).plan!.strayRows).toEqual([n - 2]);
  });

  it('indicators: CTnn codes only, the first of a repeated code', () => {
    const s = new SnapshotBuilder().build();
    const ind = s.sheets.find((x) => x.name === 'Chỉ tiêu')!;
    const maCol = ind.rows[1].findIndex((c) => c?.v === 'MA');
    const first = ind.rows.findIndex((row) => row?.[maCol]?.v === 'CT02');
    const row = (code: string) => {
      const r: CellSnapshot[] = [];
      r[maCol] = { v: code, t: 's' };
      return r;
    };
    ind.rows.push(row('CT02'), row(' CT99 '), row('CT1'), row('XCT03'));
    const rowOf = buildWorkbookModel(s).indicators!.rowOf;
    expect(rowOf.get('CT02')).toBe(first);
    expect(rowOf.get('CT99')).toBe(ind.rows.length - 3);
    expect([rowOf.has('CT1'), rowOf.has('XCT03')]).toEqual([false, false]);
  });
});
