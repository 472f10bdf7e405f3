import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { newCellState, readCellElement } from './cellElement';
import { readXlsxSnapshot } from '.';
import { minimalPackage } from '../testing/packageBuilder';

/** A <c> element read straight from the bytes gives what the tag-by-tag path gives, or declines. */

function read(xml: string) {
  const bytes = strToU8(xml);
  const cell = newCellState();
  const next = readCellElement(bytes, 0, bytes.length, cell);
  return { next, length: bytes.length, cell };
}

describe('readCellElement', () => {
  it('reads r, s, t, a formula with its attributes and a cached number', () => {
    const { next, length, cell } = read(
      '<c r="AB12" s="35" t="n"><f aca="false" t="shared" ref="AB12:AB20" si="3">SUMIF(&apos;Kế hoạch vốn&apos;!$B:$B,$B12)</f><v>43.219</v></c>',
    );
    expect(next).toBe(length);
    expect(cell).toMatchObject({ row: 11, col: 27, style: 35, t: 'n', shareType: 'shared', ref: 'AB12:AB20', si: '3' });
    // With its '=': the snapshot's text in one string (cellValue.ts takes it as it is).
    expect(cell.formula).toBe("=SUMIF('Kế hoạch vốn'!$B:$B,$B12)");
    expect(cell.formulaHasEquals).toBe(true);
    expect(cell.number).toBe(43.219);
    expect(cell.value).toBeUndefined();
    expect(cell.hasValueTag).toBe(true);
  });

  it('keeps text results as text and marks an empty <v>', () => {
    expect(read('<c r="I21" s="44" t="str"><f>IF(1,&quot;&quot;,2)</f><v></v></c>').cell).toMatchObject({
      formula: '=IF(1,"",2)',
      value: undefined,
      hasValueTag: true,
      t: 'str',
    });
    expect(read('<c r="A1" t="str"><v>12</v></c>').cell).toMatchObject({ value: '12', number: NaN });
    expect(read('<c r="A1" t="e"><v>#DIV/0!</v></c>').cell).toMatchObject({ value: '#DIV/0!', t: 'e' });
    expect(read('<c r="A1"><v/></c>').cell).toMatchObject({ hasValueTag: true, value: undefined, number: NaN });
    const empty = read('<c r="P20" s="37"/>');
    expect(empty.next).toBe(empty.length);
    expect(empty.cell).toMatchObject({ row: 19, col: 15, style: 37, hasValueTag: false, formula: undefined });
  });

  it('reads a shared-string index as a number, and only a plain one', () => {
    expect(read('<c r="A1" t="s"><v>169</v></c>').cell.number).toBe(169);
    expect(read('<c r="A1" t="s"><v>1.5</v></c>').cell).toMatchObject({ number: NaN, value: '1.5' });
    expect(read('<c r="A1" t="s"><v>-1</v></c>').cell).toMatchObject({ number: NaN, value: '-1' });
  });

  it('reads an inline string as its text', () => {
    const { next, length, cell } = read(
      '<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Điền &quot;Giá trị&quot; </t></is></c>',
    );
    expect(next).toBe(length);
    expect(cell).toMatchObject({ t: 'inlineStr', value: 'Điền "Giá trị" ', style: 1, runs: null });
    expect(read('<c r="A1" t="inlineStr"><is><t></t></is></c>').cell.value).toBeUndefined();
  });

  it.each([
    ['an inline string in runs', '<c r="A1" t="inlineStr"><is><r><t>x</t></r></is></c>'],
    ['an inline string and a value', '<c r="A1" t="inlineStr"><is><t>x</t></is><v>1</v></c>'],
    ['a <t> with another attribute', '<c r="A1" t="inlineStr"><is><t foo="1">x</t></is></c>'],
    ['a reference with $', '<c r="$A$1"><v>1</v></c>'],
    ['a lower-case reference', '<c r="a1"><v>1</v></c>'],
    ['row 0', '<c r="A0"><v>1</v></c>'],
    ['four column letters', '<c r="ABCD1"><v>1</v></c>'],
    ['no reference', '<c s="1"><v>1</v></c>'],
    ['an unknown attribute', '<c r="A1" cm="1"><v>1</v></c>'],
    ['a repeated attribute', '<c r="A1" s="1" s="2"><v>1</v></c>'],
    ['an unknown type', '<c r="A1" t="d"><v>2024-01-01</v></c>'],
    ['spaces around =', '<c r = "A1"><v>1</v></c>'],
    ['a second <v>', '<c r="A1"><v>1</v><v>2</v></c>'],
    ['text between the tags', '<c r="A1">x<v>1</v></c>'],
    ['an unknown formula attribute', '<c r="A1"><f bx="1">1+1</f></c>'],
    ['a prefixed child', '<c r="A1"><x:v>1</x:v></c>'],
    ['a <v> with an attribute', '<c r="A1"><v a="1">1</v></c>'],
  ])('declines %s (read tag by tag instead)', (_, xml) => {
    expect(read(xml).next).toBe(-1);
  });

  it('declines an element the piece cuts off', () => {
    const bytes = strToU8('<c r="A1"><v>12</v></c>');
    for (let end = 1; end < bytes.length; end++) expect(readCellElement(bytes, 0, end, newCellState())).toBe(-1);
    expect(readCellElement(bytes, 0, bytes.length, newCellState())).toBe(bytes.length);
  });

  it('gives every plain decimal exactly as parseFloat does', () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^\d{1,12}$/), fc.option(fc.stringMatching(/^\d{1,8}$/)))
      .map(([neg, whole, frac]) => `${neg ? '-' : ''}${whole}${frac === null ? '' : `.${frac}`}`);
    fc.assert(
      fc.property(decimal, (text) => {
        const { cell } = read(`<c r="A1"><v>${text}</v></c>`);
        const expected = parseFloat(text);
        const got = Number.isNaN(cell.number) ? parseFloat(cell.value ?? '') : cell.number;
        expect(Object.is(got, expected)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the reader with and without reading cells straight from the bytes', () => {
  // A comment sends the whole sheet to saxes, which reads every cell tag by tag.
  const sheet = (rows: string, tail = '') =>
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${tail}</worksheet>`;
  const snapshotOf = (xml: string) =>
    readXlsxSnapshot(
      minimalPackage({
        sheets: [{ name: 'A', xml }],
        sharedStrings: ['Xin chào', 'Tổng'],
        numFmts: [{ id: 164, code: 'dd/mm/yyyy' }],
        cellXfs: [0, 164, 4],
      }),
    ).snapshot;

  const cellXml = fc.oneof(
    fc.constantFrom(
      '<c r="A1" t="s"><v>1</v></c>',
      '<c r="B1" s="2"><v>1234.5</v></c>',
      '<c r="C1" s="1"><v>45428</v></c>',
      '<c r="D1" t="b"><v>1</v></c>',
      '<c r="E1" t="e"><v>#REF!</v></c>',
      '<c r="F1" t="str"><f aca="false">"x"&amp;A1</f><v>x&amp;1</v></c>',
      '<c r="G1"><f>SUM(B1:B1)</f></c>',
      '<c r="G1"><f>SUM(B1:B1)</f><v>7</v></c>',
      '<c r="H1" t="str"><f>IF(B1=0,&quot;&quot;,1)</f><v></v></c>',
      '<c r="I1"><f t="shared" ref="I1:I3" si="0">B1*2</f><v>2469</v></c>',
      '<c r="I2"><f t="shared" si="0"/></c>',
      '<c r="I3"><f t="shared" si="0"/><v>5</v></c>',
      '<c r="J1" t="inlineStr"><is><t>trong dòng</t></is></c>',
      '<c r="J1" s="2" t="inlineStr"><is><t xml:space="preserve"> cách &amp; </t></is></c>',
      '<c r="J1" t="inlineStr"><is> <t/> </is></c>',
      '<c r="J1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>',
      '<c r="$K$1"><v>3</v></c>',
      '<c r="L1" s="2"/>',
      '<c r="M1"><v>1E-3</v></c>',
      '<c r="N1"><v>-0</v></c>',
      '<c r="O1"><v>123456789012345678</v></c>',
    ),
    fc
      .tuple(fc.constantFrom('A', 'Z', 'AA', 'XFD'), fc.integer({ min: 1, max: 50 }), fc.double({ noNaN: true }))
      .map(([c, r, v]) => `<c r="${c}${r}"><v>${v}</v></c>`),
  );

  it('gives the same snapshot for any mix of cell shapes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellXml, { maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // Each cell moved to its own row ("G1" in row 3 → "G3"), and in one odd row left where it was.
        const body = rows
          .map((cells, r) => {
            const own = r === 3 ? cells : cells.map((c) => c.replace(/r="(\$?[A-Z]+\$?)\d+"/, `r="$1${r + 1}"`));
            return `<row r="${r + 1}">${own.join('')}</row>`;
          })
          .join('');
        expect(snapshotOf(sheet(body))).toEqual(snapshotOf(sheet(body, '<!-- tag by tag -->')));
      }),
      { numRuns: 120 },
    );
  });
});
