import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { buildSampleWorkbook } from '../../src/demo/sampleWorkbook';
import { SHEET_NAMES } from '../../src/domain/workbookLayout';
import type { Finding } from '../../src/model/finding';
import { buildTemplatePlans } from '../../src/templates';
import { addPlanSheet } from '../../src/host/xlsx/applyPlan';
import { addRichParts } from '../../src/host/xlsx/testing/richPackage';
import { annotateWorkbook, checkFile } from '../../src/host/xlsx/outputs';
import { hasLibreOffice, recalcWithLibreOffice, SOFFICE_MISSING } from './recalc';

/**
 * A second reader of the annotated copy: LibreOffice opens it, and the notes it reads are
 * on the flagged cells (converted back to .xlsx by LibreOffice and read from its own parts).
 */
jest.setTimeout(300_000);

let dir: string;
beforeAll(() => {
  if (!hasLibreOffice()) throw new Error(SOFFICE_MISSING);
  dir = mkdtempSync(path.join(tmpdir(), 'mtqg-lo-annot-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Cell ref → note text, from every comments part of an .xlsx. */
function notesOf(bytes: Uint8Array): Map<string, string> {
  const notes = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (!/^xl\/comments\d*\.xml$/.test(name)) continue;
    const xml = new TextDecoder().decode(data);
    for (const m of xml.matchAll(/<comment ref="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/comment>/g)) {
      notes.set(
        m[1],
        m[2]
          .replace(/<[^>]+>/g, '')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      );
    }
  }
  return notes;
}

it('LibreOffice opens the sample plan’s copy and reads a note on every flagged cell', async () => {
  const wb = await buildSampleWorkbook({ withSlips: true });
  const file = { name: 'vinh-linh.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
  const { findings } = checkFile(file);
  const input = path.join(dir, 'vinh-linh-danh-dau.xlsx');
  writeFileSync(input, annotateWorkbook(file, findings).bytes);
  const converted = readFileSync(await recalcWithLibreOffice(input));
  const notes = notesOf(converted);
  // LibreOffice writes one comments part per sheet; a cell ref may repeat across sheets.
  for (const f of findings) {
    expect([f.cell, notes.get(f.cell) ?? '']).toEqual([f.cell, expect.stringContaining(f.code)]);
  }
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(converted as unknown as ArrayBuffer);
  const hardcoded = findings.find((f) => f.code === 'HARDCODED_TOTAL')!;
  const cell = back.getWorksheet(hardcoded.sheet)!.getCell(hardcoded.cell);
  expect(JSON.stringify(cell.note)).toContain('HARDCODED_TOTAL');
  expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toMatch(/FFC7CE$/i);
});

it('LibreOffice opens the copy of a workbook holding a chart: the chart and both sets of notes are there', async () => {
  const wb = new ExcelJS.Workbook();
  for (const plan of buildTemplatePlans({ year: 2024, level: 'huyen', unit: 'trieu' })) addPlanSheet(wb, plan);
  const bytes = addRichParts(new Uint8Array(await wb.xlsx.writeBuffer()), { dataSheet: SHEET_NAMES.plan });
  const flagged: Finding = {
    code: 'SUM_MISMATCH',
    severity: 'error',
    sheet: SHEET_NAMES.plan,
    cell: 'D12',
    message: 'Tổng không khớp (thử)',
    messageEn: 'Total does not match (test)',
  };
  const input = path.join(dir, 'bieu-do-danh-dau.xlsx');
  // B2 of her "Thuyết minh" (which holds her note on A2): our note joins hers in her drawing.
  const beside: Finding = { ...flagged, sheet: 'Thuyết minh', cell: 'B2', message: 'Công thức thử (B2)' };
  writeFileSync(input, annotateWorkbook({ name: 'bieu-do.xlsx', bytes }, [flagged, beside]).bytes);
  const converted = readFileSync(await recalcWithLibreOffice(input));
  expect(Object.keys(unzipSync(converted)).some((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
  const notes = notesOf(converted);
  expect(notes.get('D12')).toContain('Tổng không khớp (thử)');
  // Her own note on "Thuyết minh" survives next to ours.
  expect(notes.get('A2')).toContain('Số liệu quý 3');
  expect(notes.get('B2')).toContain('Công thức thử (B2)');
});
