import fc from 'fast-check';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../src/model/snapshot';

/** Arbitrary cell contents a user (or a copy from Word) can leave in a planning workbook. */
export const cellArb: fc.Arbitrary<CellSnapshot> = fc.oneof(
  fc.record({
    v: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
    t: fc.constant('n' as const),
  }),
  fc.record({
    v: fc.constantFrom(1e300, -1e300, Number.MAX_SAFE_INTEGER, -0, 5e-324, 0.1 + 0.2),
    t: fc.constant('n' as const),
  }),
  fc.record({
    v: fc.constantFrom(
      'NaN',
      'Infinity',
      '-',
      '—',
      '1.238.075',
      '1.437,8',
      '3.347.500 triệu đồng',
      '12,5%',
      '(1.000)',
      ' 04 hộ ',
      'Đánh giá cuối giai đoạn',
      '#N/A',
      '=SUM(A1)',
      '',
    ),
    t: fc.constant('s' as const),
  }),
  fc.record({ v: fc.string({ maxLength: 12 }), t: fc.constant('s' as const) }),
  fc.record({
    v: fc.constantFrom('#REF!', '#DIV/0!', '#VALUE!', '#NAME?'),
    t: fc.constant('e' as const),
    f: fc.constant('=#REF!+1'),
  }),
  fc.record({ v: fc.boolean(), t: fc.constant('b' as const) }),
  fc.constant({ v: null, t: 'z' as const }),
  fc.record({
    v: fc.integer({ min: -1000, max: 1000 }),
    t: fc.constant('n' as const),
    f: fc.constantFrom('=SUM(D5:D9)', '=D5+E5', '=1/0'),
    nf: fc.constantFrom('#,##0.000', '@', '0%', 'General'),
  }),
);

export type Mutation =
  | { kind: 'setCell'; sheet: number; row: number; col: number; cell: CellSnapshot }
  | { kind: 'blankRow'; sheet: number; row: number }
  | { kind: 'deleteRow'; sheet: number; row: number }
  | { kind: 'duplicateRow'; sheet: number; row: number }
  | { kind: 'renameSheet'; sheet: number; name: string }
  | { kind: 'deleteSheet'; sheet: number }
  | { kind: 'swapColumns'; sheet: number; a: number; b: number }
  | { kind: 'mergedHeader'; sheet: number; row: number; from: number; to: number }
  | { kind: 'truncateRow'; sheet: number; row: number; length: number };

const idx = fc.nat({ max: 400 });
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('setCell' as const),
      sheet: fc.nat(5),
      row: idx,
      col: fc.nat(20),
      cell: cellArb,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('blankRow' as const), sheet: fc.nat(5), row: idx }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteRow' as const), sheet: fc.nat(5), row: idx }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicateRow' as const), sheet: fc.nat(5), row: idx }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('renameSheet' as const),
      sheet: fc.nat(5),
      name: fc.constantFrom('Sheet1', 'Kế hoạch vốn (2)', 'ke hoach von', ' Giao vốn ', 'Chỉ tiêu'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteSheet' as const), sheet: fc.nat(5) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('swapColumns' as const), sheet: fc.nat(5), a: fc.nat(16), b: fc.nat(16) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('mergedHeader' as const),
      sheet: fc.nat(5),
      row: fc.nat(8),
      from: fc.nat(6),
      to: fc.nat(16),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('truncateRow' as const), sheet: fc.nat(5), row: idx, length: fc.nat(5) }),
  },
);

const clone = (s: WorkbookSnapshot): WorkbookSnapshot => ({
  sheets: s.sheets.map((sh) => ({ ...sh, rows: sh.rows.map((r) => r.map((c) => ({ ...c }))) })),
});

/** Apply mutations to a copy; indexes wrap around the sheet/row counts so every mutation lands. */
export function mutate(base: WorkbookSnapshot, mutations: Mutation[]): WorkbookSnapshot {
  const snap = clone(base);
  for (const m of mutations) {
    if (snap.sheets.length === 0) break;
    const sheet: SheetSnapshot = snap.sheets[m.sheet % snap.sheets.length];
    const rowAt = (r: number) => (sheet.rows.length === 0 ? 0 : r % sheet.rows.length);
    switch (m.kind) {
      case 'setCell': {
        const r = rowAt(m.row);
        while (sheet.rows.length <= r) sheet.rows.push([]);
        const row = sheet.rows[r];
        while (row.length <= m.col) row.push({ v: null, t: 'z' });
        row[m.col] = m.cell;
        break;
      }
      case 'blankRow':
        if (sheet.rows.length) sheet.rows[rowAt(m.row)] = [];
        break;
      case 'deleteRow':
        if (sheet.rows.length) sheet.rows.splice(rowAt(m.row), 1);
        break;
      case 'duplicateRow':
        if (sheet.rows.length) {
          const r = rowAt(m.row);
          sheet.rows.splice(
            r,
            0,
            sheet.rows[r].map((c) => ({ ...c })),
          );
        }
        break;
      case 'renameSheet':
        sheet.name = m.name;
        break;
      case 'deleteSheet':
        snap.sheets.splice(m.sheet % snap.sheets.length, 1);
        break;
      case 'swapColumns':
        for (const row of sheet.rows) {
          while (row.length <= Math.max(m.a, m.b)) row.push({ v: null, t: 'z' });
          [row[m.a], row[m.b]] = [row[m.b], row[m.a]];
        }
        break;
      case 'mergedHeader': {
        // A merged header keeps its text in the first cell only; the rest read as empty.
        const row = sheet.rows[rowAt(m.row)];
        if (row) for (let c = m.from + 1; c <= m.to && c < row.length; c++) row[c] = { v: null, t: 'z' };
        break;
      }
      case 'truncateRow': {
        const row = sheet.rows[rowAt(m.row)];
        if (row) row.length = Math.min(row.length, m.length);
        break;
      }
    }
  }
  return snap;
}
