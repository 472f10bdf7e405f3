import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { buildSampleWorkbook } from '../../../demo/sampleWorkbook';
import { buildTemplatePlans } from '../../../templates';
import { addPlanSheet } from '../applyPlan';
import { readWorkbookSnapshot, SNAPSHOT_LOAD_OPTIONS } from '../readSnapshot';
import { readXlsxSnapshot } from '.';
import type { WorkbookSnapshot } from '../../../model/snapshot';
import { minimalPackage } from '../testing/packageBuilder';

/** The reader made for checking gives the same snapshot as the ExcelJS path. */
jest.setTimeout(60_000);

async function viaExcelJs(data: Uint8Array): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer, SNAPSHOT_LOAD_OPTIONS);
  return readWorkbookSnapshot(wb);
}

const bytes = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());

describe('fast reader ≡ ExcelJS reader', () => {
  it.each([true, false])('on the demo workbook (with slips: %s)', async (withSlips) => {
    const data = await bytes(await buildSampleWorkbook({ withSlips }));
    const fast = readXlsxSnapshot(data).snapshot;
    expect(fast.sheets.length).toBeGreaterThan(3);
    expect(fast).toEqual(await viaExcelJs(data));
  });

  it.each(['tinh', 'huyen', 'xa'] as const)('on the blank %s template', async (level) => {
    const wb = new ExcelJS.Workbook();
    for (const plan of buildTemplatePlans({ year: 2024, level, unit: 'trieu' })) addPlanSheet(wb, plan);
    const data = await bytes(wb);
    expect(readXlsxSnapshot(data).snapshot).toEqual(await viaExcelJs(data));
  });

  it('on hand-built cells: shared formulas, inline and rich strings, booleans, errors, dates, merges, hidden rows', async () => {
    const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>inline &amp; text</t></is></c><c r="D1" t="inlineStr"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>inline</t></r></is></c></row>
<row r="2"><c r="A2"><v>10</v></c><c r="B2"><v>20</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">A2+B2*$A$2</f><v>210</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#REF!</v></c></row>
<row r="3"><c r="A3"><v>1.5</v></c><c r="B3"><v>2</v></c><c r="C3"><f t="shared" si="0"/><v>21.5</v></c><c r="D3" t="str"><f>"x"&amp;A3</f><v>x1.5</v></c><c r="E3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>
<row r="4" hidden="1"><c r="A4" s="1"><v>45428</v></c><c r="B4" s="2"><v>1234.5</v></c><c r="C4"><f t="shared" si="0"/></c><c r="D4"><f>SUM(A2:B3)</f></c><c r="E4" t="str"><f>_xlfn.CONCAT("a","b")</f><v>ab</v></c></row>
<row r="6"><c r="A6" t="str"><v>merged</v></c><c r="B6" t="str"><v>lost</v></c><c r="C6" s="2"/></row>
<row r="9" hidden="1"/>
</sheetData>
<mergeCells count="1"><mergeCell ref="A6:B7"/></mergeCells>
<drawing r:id="rId9"/>
</worksheet>`;
    const data = minimalPackage({
      sheets: [
        { name: 'Số liệu', xml: sheet },
        {
          name: 'Ẩn',
          xml: '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
          state: 'hidden',
        },
      ],
      sharedStrings: ['Xin chào', '<r><t>Rich </t></r><r><t>text_x000D_</t></r><rPh sb="0" eb="1"><t>ruby</t></rPh>'],
      numFmts: [{ id: 164, code: 'dd/mm/yyyy' }],
      cellXfs: [0, 164, 4],
    });
    const fast = readXlsxSnapshot(data).snapshot;
    const slow = await viaExcelJs(data);
    expect(fast).toEqual(slow);
    const s = fast.sheets[0];
    expect(s.rows[2][2]).toMatchObject({ v: 21.5, f: '=A3+B3*$A$2' });
    // A date cell is the serial number Excel stores (its date format kept), as the Office.js host reads it,
    // so an uncached formula over it computes as Excel would: 45428 + 1234.5 × 10.
    expect(s.rows[3][0]).toMatchObject({ v: 45428, t: 'n', nf: 'dd/mm/yyyy' });
    expect(s.rows[3][2]).toMatchObject({ v: 57773, t: 'n', f: '=A4+B4*$A$2' });
    expect(s.rows[0][1]).toMatchObject({ v: 'Rich text\r' });
    expect(s.hiddenRows).toEqual([3, 8]);
    expect(s.rows[5]).toEqual([{ v: 'merged', t: 's' }]);
    expect(fast.sheets.map((x) => x.name)).toEqual(['Số liệu', 'Ẩn']);
  });

  it('keeps a cached result of 0 (ExcelJS drops falsy results and recomputes them: the one known difference)', () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1"><f>_xlfn.CONCAT(1,0)-10</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c></row></sheetData></worksheet>';
    const fast = readXlsxSnapshot(minimalPackage({ sheets: [{ name: 'A', xml }] })).snapshot;
    expect(fast.sheets[0].rows[0]).toEqual([
      { v: 0, t: 'n', f: '=CONCAT(1,0)-10' },
      { v: false, t: 'b', f: '=1=2' },
    ]);
  });

  it('keeps a cached "" result (<v></v>) as shown, not as a formula to compute again', () => {
    // ERR_FN is no function: computed again it would become #NAME?. Empty <v> on a number cell stays empty.
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1" t="str"><f>ERR_FN(B1)</f><v></v></c><c r="B1" t="str"><f>ERR_FN(1)</f><v/></c><c r="C1"><f>ERR_FN(2)</f><v></v></c><c r="D1"><v></v></c></row></sheetData></worksheet>';
    const fast = readXlsxSnapshot(minimalPackage({ sheets: [{ name: 'A', xml }] })).snapshot;
    const [a, b, c, d] = fast.sheets[0].rows[0];
    expect(a).toEqual({ v: null, t: 'z', f: '=ERR_FN(B1)' });
    expect(b).toEqual({ v: null, t: 'z', f: '=ERR_FN(1)' });
    // No t="str": an empty cached number is no result, computed again (and found wanting).
    expect(c).toMatchObject({ t: 'e', f: '=ERR_FN(2)' });
    expect(d ?? null).toBeNull();
  });

  it('reads a workbook whose package holds parts it never opens (unknown zip entries)', () => {
    const base = minimalPackage({
      sheets: [
        { name: 'A', xml: '<worksheet><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>' },
      ],
    });
    const withJunk = zipSync({ ...unzipAll(base), 'xl/drawings/drawing1.xml': strToU8('<not-even-xml') });
    expect(readXlsxSnapshot(withJunk).snapshot.sheets[0].rows[0][0]).toEqual({ v: 7, t: 'n' });
  });
});

function unzipAll(data: Uint8Array): Record<string, Uint8Array> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('fflate') as typeof import('fflate')).unzipSync(data);
}
