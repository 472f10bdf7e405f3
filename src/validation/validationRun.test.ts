import type { Finding } from '../model/finding';
import { SnapshotBuilder } from './testing/snapshotBuilder';
import { CHECKS, sortFindings, validateSnapshot } from './index';

const f = (
  severity: Finding['severity'],
  sheet: string,
  cell: string,
  code: Finding['code'] = 'NOT_A_NUMBER',
): Finding => ({
  code,
  severity,
  sheet,
  cell,
  message: 'x',
  messageEn: 'x',
});
const snapshot = {
  sheets: [
    { name: 'Giao vốn', rows: [] },
    { name: 'Kế hoạch vốn', rows: [] },
  ],
};

describe('sortFindings', () => {
  it('by severity, then sheet order, then row, then column (AA after Z); unknown sheets last', () => {
    const list = [
      f('info', 'Giao vốn', 'A1'),
      f('warning', 'Khác', 'A1'),
      f('warning', 'Kế hoạch vốn', 'AA3'),
      f('warning', 'Kế hoạch vốn', 'Z3'),
      f('warning', 'Kế hoạch vốn', 'B2'),
      f('warning', 'Giao vốn', 'C10'),
      f('error', 'Kế hoạch vốn', 'A9'),
      f('warning', 'Giao vốn', 'C9'),
    ];
    expect(sortFindings(list, snapshot).map((x) => `${x.severity} ${x.sheet}!${x.cell}`)).toEqual([
      'error Kế hoạch vốn!A9',
      'warning Giao vốn!C9',
      'warning Giao vốn!C10',
      'warning Kế hoạch vốn!B2',
      'warning Kế hoạch vốn!Z3',
      'warning Kế hoạch vốn!AA3',
      'warning Khác!A1',
      'info Giao vốn!A1',
    ]);
  });

  it('a cell it cannot read sorts as A1 of its sheet', () => {
    const list = [f('warning', 'Giao vốn', 'B2'), f('warning', 'Giao vốn', 'not a cell')];
    expect(sortFindings(list, snapshot).map((x) => x.cell)).toEqual(['not a cell', 'B2']);
  });
});

describe('validateSnapshot runs every check and keeps going', () => {
  afterEach(() => {
    delete CHECKS.exploding;
  });

  it('a check that throws something other than an Error is named with what it threw', () => {
    CHECKS.exploding = () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the case under test: a check throwing a plain string
      throw 'hỏng';
    };
    const s = new SnapshotBuilder().build();
    const crash = validateSnapshot(s).filter((x) => x.code === 'TEMPLATE_STRUCTURE');
    expect(crash.map((x) => [x.sheet, x.cell, x.message, x.messageEn])).toEqual([
      [
        s.sheets[0].name,
        'A1',
        'Bước kiểm tra "exploding" không chạy được: hỏng. Các bước khác vẫn chạy.',
        'Check "exploding" could not run: hỏng. The other checks still ran.',
      ],
    ]);
  });

  it('a workbook without sheets still gets its crash findings on "Sheet1"', () => {
    CHECKS.exploding = () => {
      throw new Error('boom');
    };
    expect(validateSnapshot({ sheets: [] }).map((x) => [x.code, x.sheet])).toContainEqual([
      'TEMPLATE_STRUCTURE',
      'Sheet1',
    ]);
  });

  it('the same code at the same cell from two checks is one finding, the more severe', () => {
    CHECKS.exploding = () => [f('warning', 'Kế hoạch vốn', 'I31', 'NEGATIVE_AMOUNT')];
    const s = new SnapshotBuilder().plan('DA8', 'SN_NSTW', -5).build();
    const negatives = validateSnapshot(s).filter((x) => x.code === 'NEGATIVE_AMOUNT');
    expect(negatives.map((x) => [x.cell, x.severity])).toEqual([['I31', 'error']]);
  });

  it('a later, more severe duplicate replaces the earlier one', () => {
    CHECKS.exploding = () => [
      f('info', 'Kế hoạch vốn', 'A1', 'ROUNDING_DIFF'),
      f('error', 'Kế hoạch vốn', 'A1', 'ROUNDING_DIFF'),
    ];
    const found = validateSnapshot(new SnapshotBuilder().build()).filter((x) => x.code === 'ROUNDING_DIFF');
    expect(found.map((x) => x.severity)).toEqual(['error']);
  });
});
