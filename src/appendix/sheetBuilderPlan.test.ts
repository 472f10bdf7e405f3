import { SheetBuilder, wrappedRowHeight } from './sheetBuilder';

const PRINT = { orientation: 'portrait' as const, paper: 'A4' as const, fitToWidth: true };

describe('SheetBuilder.build', () => {
  it('emits cells by row then column (rows compared as numbers), without style when none was given', () => {
    const b = new SheetBuilder('pbx', 'PB X', { money: { numFmt: '#,##0' } });
    b.value(10, 2, 'c');
    b.formula(9, 3, 'SUM(D1:D2)', 'money');
    b.value(9, 0, 1);
    b.formula(2, 1, 'A1');
    b.value(10, 2, 'replaced', 'money');
    const plan = b.build(PRINT, { rows: 3, cols: 1 });
    expect(plan.cells).toEqual([
      { row: 2, col: 1, formula: 'A1' },
      { row: 9, col: 0, value: 1 },
      { row: 9, col: 3, formula: 'SUM(D1:D2)', style: 'money' },
      { row: 10, col: 2, value: 'replaced', style: 'money' },
    ]);
    expect(plan.cells.every((c) => !('style' in c) || c.style !== undefined)).toBe(true);
    expect([plan.id, plan.name, plan.kind, plan.freeze, plan.print]).toEqual([
      'pbx',
      'PB X',
      'appendix',
      { rows: 3, cols: 1 },
      PRINT,
    ]);
    expect(plan.validations).toEqual([]);
    expect(plan.styles).toEqual({ money: { numFmt: '#,##0' } });
    expect(b.get(9, 3)?.formula).toBe('SUM(D1:D2)');
    expect(b.get(9, 2)).toBeUndefined();
    expect(b.get(99, 0)).toBeUndefined();
  });

  it('a merge keeps the anchor content and styles the cells around it, which hold nothing', () => {
    const b = new SheetBuilder('x', 'X', { h: { bold: true } });
    b.value(0, 0, 'Tiêu đề');
    b.merge({ top: 0, left: 0, bottom: 0, right: 2 }, 'h');
    const plan = b.build(PRINT);
    expect(plan.cells).toEqual([
      { row: 0, col: 0, value: 'Tiêu đề', style: 'h' },
      { row: 0, col: 1, style: 'h' },
      { row: 0, col: 2, style: 'h' },
    ]);
    expect(plan.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect('freeze' in plan).toBe(false);
  });

  it('widths are per column in order', () => {
    const b = new SheetBuilder('x', 'X', {});
    b.widths([6, 13.5]);
    expect(b.build(PRINT).columns).toEqual([
      { index: 0, width: 6 },
      { index: 1, width: 13.5 },
    ]);
  });
});

describe('wrappedRowHeight', () => {
  it('one line is 12.75 + 6 points, never below 18; lines count by width (1.2 characters a unit, 1.05 bold)', () => {
    expect(wrappedRowHeight([{ text: 'Dự án 8', width: 40 }])).toBe(19);
    expect(wrappedRowHeight([{ text: 'Dự án 8', width: 40 }], 10)).toBe(18);
    expect(wrappedRowHeight([])).toBe(19);
    // 48 characters a line at width 40: 49 characters make two lines (2 × 12.75 + 6 = 31.5 → 32).
    expect(wrappedRowHeight([{ text: 'x'.repeat(48), width: 40 }])).toBe(19);
    expect(wrappedRowHeight([{ text: 'x'.repeat(49), width: 40 }])).toBe(32);
    // Bold: 42 a line.
    expect(wrappedRowHeight([{ text: 'x'.repeat(43), width: 40, bold: true }])).toBe(32);
    expect(wrappedRowHeight([{ text: 'x'.repeat(42), width: 40, bold: true }])).toBe(19);
  });

  it('counts explicit line breaks, takes the tallest text, and never fewer than 4 characters a line', () => {
    expect(wrappedRowHeight([{ text: 'a\nb\nc', width: 40 }])).toBe(Math.round(3 * 12.75 + 6));
    expect(
      wrappedRowHeight([
        { text: 'short', width: 40 },
        { text: 'x'.repeat(100), width: 40 },
      ]),
    ).toBe(Math.round(3 * 12.75 + 6));
    expect(wrappedRowHeight([{ text: 'xxxxxxxx', width: 1 }])).toBe(Math.round(2 * 12.75 + 6));
    expect(wrappedRowHeight([{ text: 'a\nb', width: 40 }], 20)).toBe(46);
  });
});
