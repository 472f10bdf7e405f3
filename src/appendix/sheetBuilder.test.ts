import { SheetBuilder, sumOfRows, wrappedRowHeight } from './sheetBuilder';

describe('appendix sheet helpers', () => {
  it('folds consecutive rows of a SUM into ranges (1-based addresses)', () => {
    expect(sumOfRows('F', [9, 10, 11, 14, 20, 21])).toBe('SUM(F10:F12,F15,F21:F22)');
    expect(sumOfRows('D', [4])).toBe('SUM(D5)');
    expect(sumOfRows('D', [])).toBe('0');
  });

  it('gives merged ranges the style on every cell so borders print all round', () => {
    const b = new SheetBuilder('x', 'X', { header: { border: 'thin' } });
    b.value(2, 1, 'Vốn sự nghiệp', 'header');
    b.merge({ top: 2, left: 1, bottom: 3, right: 3 }, 'header');
    const plan = b.build({ orientation: 'landscape', paper: 'A4', fitToWidth: true });
    expect(plan.cells.filter((c) => c.style === 'header')).toHaveLength(6);
    expect(plan.cells.find((c) => c.row === 2 && c.col === 1)?.value).toBe('Vốn sự nghiệp');
    expect(() => b.value(0, 0, 'x', 'nope')).toThrow(/unknown appendix style/);
  });

  it('grows row height with the wrapped lines of the longest text', () => {
    const one = wrappedRowHeight([{ text: 'Dự án 8', width: 40 }]);
    const three = wrappedRowHeight([{ text: 'x'.repeat(120), width: 40 }]);
    expect(three).toBeGreaterThan(2.5 * one - 10);
  });

  it('keeps a row both tall and hidden when told both, rows in sheet order', () => {
    const b = new SheetBuilder('x', 'X', {});
    b.height(5, 42);
    b.hide(5);
    b.hide(1);
    b.height(1, 20);
    expect(b.build({ orientation: 'portrait', paper: 'A4', fitToWidth: true }).rows).toEqual([
      { index: 1, hidden: true, height: 20 },
      { index: 5, height: 42, hidden: true },
    ]);
  });
});
