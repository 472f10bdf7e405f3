import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readXlsxSnapshot } from '.';
import { readWorkbookSnapshot, SNAPSHOT_LOAD_OPTIONS } from '../readSnapshot';
import { minimalPackage } from '../testing/packageBuilder';
import { rowCount, rowLength, type WorkbookSnapshot } from '../../../model/snapshot';

/**
 * The reader keeps a column's run of like formulas as one shape, and the uncached ones are
 * computed from the shape read once (formulaShapes.ts, simpleFormulas.ts, lookupFormulas.ts).
 * Random sheets of such columns, broken here and there, must read and compute exactly as the
 * ExcelJS path does, which keeps every formula as its text.
 */
jest.setTimeout(120_000);

/** Formula forms by the cell's 1-based row n; a column only refers to the columns left of it. */
const FORMS: Array<(n: number, left: string) => string> = [
  (n) => `SUM(B${n}:C${n})`,
  (n, left) => `SUM(B${n},${left}${n})`,
  (n, left) => `IF(COUNT(B${n}:${left}${n})=0,"",SUM(B${n}:${left}${n}))`,
  (n, left) => `IF(SUM(B${n})=0,"",SUM(${left}${n})/SUM(B${n}))`,
  (n) => `SUM($B$1:B${n})`,
  (n, left) => `sum(b${n}:${left.toLowerCase()}${n + 1})`,
  (n) => `SUM(C${n + 1},B${n})`,
  (n) => `SUMIF('Số liệu'!$A:$A,$A${n},'Số liệu'!$C:$C)`,
  () => `SUMIF('Số liệu'!$A:$A,A$2,'Số liệu'!$B:$B)`,
  (n) => `IF(A${n}="DA1",1,SUM(B${n}))`,
  (n) => `B${n}*2`,
];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const letter = (col: number) => String.fromCharCode(65 + col);

interface SheetSpec {
  rows: number;
  /** Each formula column's form, from column D on. */
  forms: number[];
  /** Cells that break their column's run: [row, column index among the formula columns, what instead]. */
  breaks: Array<[number, number, number]>;
  values: number[];
}

function sheetXml(spec: SheetSpec): string {
  const rows: string[] = [];
  for (let r = 0; r < spec.rows; r++) {
    const n = r + 1;
    const v = (k: number) => spec.values[(r * 3 + k) % spec.values.length];
    const cells = [
      `<c r="A${n}" t="inlineStr"><is><t>DA${r % 4}</t></is></c>`,
      `<c r="B${n}"><v>${v(0)}</v></c>`,
      v(1) % 5 === 0 ? '' : `<c r="C${n}"><v>${v(1)}</v></c>`,
    ];
    spec.forms.forEach((form, i) => {
      const col = letter(3 + i);
      const broken = spec.breaks.find(([br, bc]) => br === r && bc === i);
      // A break: another form, or a plain number typed over the formula.
      if (broken && broken[2] % 3 === 0) cells.push(`<c r="${col}${n}"><v>${broken[2]}</v></c>`);
      else {
        const f = FORMS[broken ? broken[2] % FORMS.length : form](n, letter(2 + i));
        cells.push(`<c r="${col}${n}"><f>${escapeXml(f)}</f></c>`);
      }
    });
    rows.push(`<row r="${n}">${cells.join('')}</row>`);
  }
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

async function viaExcelJs(data: Uint8Array): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer, SNAPSHOT_LOAD_OPTIONS);
  return readWorkbookSnapshot(wb);
}

/** How many formula cells were kept as a shape (the property must exercise them). */
function shapedCells(snapshot: WorkbookSnapshot): number {
  let count = 0;
  for (const sheet of snapshot.sheets) {
    for (let r = 0; r < rowCount(sheet); r++)
      for (let c = 0; c < rowLength(sheet, r); c++) if (sheet.grid?.formulaShape(r, c)) count++;
  }
  return count;
}

describe('formula shapes ≡ formula texts', () => {
  it('read and computed alike on random sheets of formula columns (property)', async () => {
    let shaped = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          rows: fc.integer({ min: 1, max: 24 }),
          forms: fc.array(fc.integer({ min: 0, max: FORMS.length - 1 }), { minLength: 1, maxLength: 4 }),
          breaks: fc.array(fc.tuple(fc.nat(23), fc.nat(3), fc.nat(40)), { maxLength: 6 }),
          values: fc.array(fc.integer({ min: -50, max: 500 }), { minLength: 1, maxLength: 9 }),
        }),
        async (spec) => {
          const data = minimalPackage({ sheets: [{ name: 'Số liệu', xml: sheetXml(spec) }] });
          const fast = readXlsxSnapshot(data).snapshot;
          shaped += shapedCells(fast);
          expect(fast).toEqual(await viaExcelJs(data));
        },
      ),
      { numRuns: 40 },
    );
    expect(shaped).toBeGreaterThan(100);
  });
});
