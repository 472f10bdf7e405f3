import fc from 'fast-check';
import { FormulaShapes } from './formulaShapes';
import { formulaAt } from '../../../model/formulaShape';

/** The matcher sees an <f>'s raw bytes: the formula without '=', XML-escaped as writers do. */
const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const utf8 = new TextEncoder();

function shapeOf(shapes: FormulaShapes, formula: string, row: number, col = 0, escape = escapeXml) {
  const bytes = utf8.encode(`<f>${escape(formula)}</f>`);
  return shapes.match(bytes, 3, bytes.length - 4, row, col);
}

describe('formula shapes read from the bytes', () => {
  it('finds a column’s run of one form as one shape, and gives each row its own text', () => {
    const shapes = new FormulaShapes();
    const rows = [8, 9, 10, 57];
    const found = rows.map((r) => shapeOf(shapes, `IF(SUM(D${r + 1})=0,"",SUM(E${r + 1})/SUM(D${r + 1}))`, r));
    expect(new Set(found).size).toBe(1);
    const shape = found[0]!;
    expect(shape.movable).toBe(true);
    expect(rows.map((r) => formulaAt(shape, r))).toEqual(
      rows.map((r) => `=IF(SUM(D${r + 1})=0,"",SUM(E${r + 1})/SUM(D${r + 1}))`),
    );
  });

  /** Quotes raw in the text, as Excel writes them. */
  const escapeLess = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

  it.each([
    ['escaped', escapeXml],
    ['raw', escapeLess],
  ])(
    'keeps apart what is not a relative row: absolute rows, names with digits, quoted text and sheets (quotes %s)',
    (_, escape) => {
      const shapes = new FormulaShapes();
      const at = (r: number) =>
        `SUMIF('Biểu A1'!$B:$B,$B${r + 1},'Biểu A1'!$E:$E)+LOG10(C${r + 1})+$F$3+IF(A${r + 1}="DA1",1,0)&"x"`;
      const first = shapeOf(shapes, at(4), 4, 0, escape)!;
      expect(first.parts).toEqual([
        "=SUMIF('Biểu A1'!$B:$B,$B",
        ",'Biểu A1'!$E:$E)+LOG10(C",
        ')+$F$3+IF(A',
        '="DA1",1,0)&"x"',
      ]);
      // LOG10 and $F$3 carry digits no row moves: what the text says holds at this row only.
      expect(first.movable).toBe(false);
      expect(shapeOf(shapes, at(5), 5, 0, escape)).toBe(first);
      expect(formulaAt(first, 5)).toBe(`=${at(5)}`);
    },
  );

  it('tells a changed text from its shape at the row: another number, another letter, a longer number', () => {
    const shapes = new FormulaShapes();
    const shape = shapeOf(shapes, 'SUM(E10:E12)', 9)!;
    expect(shapeOf(shapes, 'SUM(E11:E13)', 10)).toBe(shape);
    for (const other of ['SUM(E11:E14)', 'SUM(F11:E13)', 'SUM(E110:E13)', 'SUM(E11:E13)+1', 'SUM(E011:E13)']) {
      const s = shapeOf(shapes, other, 10);
      expect(s).not.toBe(shape);
      if (s) expect(formulaAt(s, 10)).toBe(`=${other}`);
    }
  });

  it('leaves as text a future function Excel prefixes (its prefix is taken out of the text)', () => {
    expect(shapeOf(new FormulaShapes(), '_xlfn.CONCAT(A1,"b")', 0)).toBeNull();
  });

  it('gives up a column whose formulas hardly repeat, and still reads the others', () => {
    const shapes = new FormulaShapes();
    const found = Array.from({ length: 200 }, (_, r) => shapeOf(shapes, `SUM(A1:A${r * r + 1})`, r + 1, 3));
    expect(found.filter((s) => s === null).length).toBeGreaterThan(100);
    expect(shapeOf(shapes, 'SUM(B5)', 4, 4)).not.toBeNull();
  });

  it('is exact for any formula, escaped either way, at any row (property)', () => {
    const token = fc.oneof(
      fc.constantFrom('SUM(', ')', ',', ':', '+', '*', '$', '"', "'", '!', '&', '<', '>', '=', '(', '.', '_', ' '),
      fc.constantFrom('A', 'b', 'AB', 'XFD', 'LOG', 'Biểu', 'ABCD', '0', '1', '10', '007', '1048576', '12345678'),
      fc.record({
        col: fc.constantFrom('A', 'e', '$B', 'XFD'),
        dollar: fc.boolean(),
        off: fc.integer({ min: 0, max: 3 }),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(token, { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (tokens, rows, escapeQuotes) => {
          const shapes = new FormulaShapes();
          const escape = escapeQuotes ? escapeXml : escapeLess;
          for (const row of rows) {
            const text = tokens
              .map((t) => (typeof t === 'string' ? t : `${t.col}${t.dollar ? '$' : ''}${row + 1 + t.off}`))
              .join('');
            const shape = shapeOf(shapes, text, row, 0, escape);
            if (shape) expect(formulaAt(shape, row)).toBe(`=${text}`);
            else expect(text).toContain('_xlfn.');
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
