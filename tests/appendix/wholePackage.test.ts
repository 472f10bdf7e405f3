import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import { unzipSync } from 'fflate';
import { PB02_CODE_COLUMN, PB02_SOURCE_COLUMNS } from '../../src/appendix';
import { runAppendix } from '../../src/cli/appendixCommand';
import { buildSampleWorkbook } from '../../src/demo/sampleWorkbook';
import { findKeyRowInGrid } from '../../src/domain/keyRow';
import { SOURCES } from '../../src/domain/sources';
import { APPENDIX_SHEET_NAMES, SHEET_NAMES, TOTAL_ROW_CODE } from '../../src/domain/workbookLayout';
import { readXlsxSnapshot } from '../../src/host/xlsx/fastReader';
import { addRichParts } from '../../src/host/xlsx/testing/richPackage';
import { cellAt, type SheetSnapshot } from '../../src/model/snapshot';
import { hasLibreOffice, recalcWithLibreOffice, SOFFICE_MISSING } from '../libreoffice/recalc';

/**
 * The appendix copy keeps the user's package whole: a macro workbook with a chart, a
 * picture, a pivot table, comments, data validation, conditional formats, an external link
 * and defined names comes back with every original part, byte for byte, except the four
 * parts that list sheets and styles (which keep all their original entries); LibreOffice
 * opens the copy and the appendices recalculate to the working sheet's figures.
 */
jest.setTimeout(300_000);

const EDITED = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];
const sink = () => new Writable({ write: (_c, _e, done) => done() });
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('appendix into the original package', () => {
  let dir: string;
  let input: string;
  let output: string;
  let before: Record<string, Uint8Array>;
  let after: Record<string, Uint8Array>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mtqg-whole-'));
    const sample = await buildSampleWorkbook({ withSlips: false });
    const data = addRichParts(new Uint8Array(await sample.xlsx.writeBuffer()), {
      dataSheet: SHEET_NAMES.plan,
      macro: true,
    });
    input = path.join(dir, 'ke-hoach.xlsm');
    output = path.join(dir, 'ke-hoach-phu-bieu.xlsm');
    writeFileSync(input, data);
    expect(await runAppendix(input, { out: output }, { out: sink(), err: sink() })).toBe(0);
    before = unzipSync(readFileSync(input));
    after = unzipSync(readFileSync(output));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('copies every other part byte for byte (chart, picture, pivot, macros, comments, external link…)', () => {
    const kept = Object.keys(before).filter((n) => !EDITED.includes(n));
    for (const part of [
      'xl/charts/chart1.xml',
      'xl/media/image1.png',
      'xl/vbaProject.bin',
      'xl/pivotTables/pivotTable1.xml',
    ])
      expect(kept).toContain(part);
    for (const name of kept) {
      expect({ name, present: name in after }).toEqual({ name, present: true });
      expect({ name, same: Buffer.from(after[name]).equals(Buffer.from(before[name])) }).toEqual({ name, same: true });
    }
    const added = Object.keys(after).filter((n) => !(n in before));
    expect(added).toHaveLength(Object.keys(APPENDIX_SHEET_NAMES).length);
    for (const n of added) expect(n).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
  });

  it('edits the four listing parts only by adding: every original entry is still there', () => {
    const elements = (xml: string, tag: string) => xml.match(new RegExp(`<${tag}\\s[^>]*?/>`, 'g')) ?? [];
    for (const tag of ['Relationship']) {
      for (const el of elements(text(before['xl/_rels/workbook.xml.rels']), tag))
        expect(text(after['xl/_rels/workbook.xml.rels'])).toContain(el);
    }
    for (const tag of ['Override', 'Default']) {
      for (const el of elements(text(before['[Content_Types].xml']), tag))
        expect(text(after['[Content_Types].xml'])).toContain(el);
    }
    expect(text(after['[Content_Types].xml'])).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    const wbBefore = text(before['xl/workbook.xml']);
    const wbAfter = text(after['xl/workbook.xml']);
    for (const el of elements(wbBefore, 'sheet')) expect(wbAfter).toContain(el);
    for (const name of wbBefore.match(/<definedName [^>]*>[^<]*<\/definedName>/g) ?? [])
      expect(wbAfter).toContain(name);
    for (const piece of ['<externalReference r:id="rIdRich2"/>', '<pivotCache cacheId="1" r:id="rIdRich3"/>'])
      expect(wbAfter).toContain(piece);
    const body = (xml: string, tag: string) =>
      xml.slice(xml.indexOf(`<${tag}`), xml.indexOf(`</${tag}>`)).replace(/^<[^>]*>/, '');
    const sBefore = text(before['xl/styles.xml']);
    const sAfter = text(after['xl/styles.xml']);
    for (const tag of ['fonts', 'fills', 'borders', 'cellXfs', 'cellStyleXfs', 'cellStyles']) {
      expect(body(sAfter, tag).startsWith(body(sBefore, tag))).toBe(true);
    }
  });

  it('reads back with the appendices after the working sheets, the input untouched', () => {
    const names = readXlsxSnapshot(readFileSync(output)).snapshot.sheets.map((s) => s.name);
    expect(names).toEqual([...Object.values(SHEET_NAMES), 'Thuyết minh', ...Object.values(APPENDIX_SHEET_NAMES)]);
    const again = unzipSync(readFileSync(input));
    expect(Object.keys(again)).toEqual(Object.keys(before));
  });

  it('LibreOffice opens the copy and PB02 recalculates to Kế hoạch vốn on every line', async () => {
    if (!hasLibreOffice()) throw new Error(SOFFICE_MISSING);
    // LibreOffice converts by content; an .xlsx name keeps its output predictable.
    const asXlsx = path.join(dir, 'copy.xlsx');
    writeFileSync(asXlsx, readFileSync(output));
    const recalculated = await recalcWithLibreOffice(asXlsx);
    const { sheets } = readXlsxSnapshot(readFileSync(recalculated)).snapshot;
    const sheet = (name: string) => sheets.find((s) => s.name === name) as SheetSnapshot;
    const plan = sheet(SHEET_NAMES.plan);
    const keys = findKeyRowInGrid(
      plan.rows.map((r) => r.map((c) => c.v)),
      ['MA'],
    )!;
    const working = new Map<string, SheetSnapshot['rows'][number]>();
    for (let r = keys.row + 1; r < plan.rows.length; r++) {
      const code = cellAt(plan, r, keys.columns.get('MA')!).v;
      if (typeof code === 'string' && code) working.set(code, plan.rows[r]);
    }
    const pb02 = sheet(APPENDIX_SHEET_NAMES.pb02);
    let lines = 0;
    for (let r = 0; r < pb02.rows.length; r++) {
      const code = cellAt(pb02, r, PB02_CODE_COLUMN).v;
      if (typeof code !== 'string' || !(code === TOTAL_ROW_CODE || code.startsWith('DA'))) continue;
      lines++;
      for (const s of SOURCES) {
        const shown = cellAt(pb02, r, PB02_SOURCE_COLUMNS[s.key]).v;
        const expected = cellAt(plan, plan.rows.indexOf(working.get(code)!), keys.columns.get(s.key)!).v ?? 0;
        expect({ code, key: s.key, shown: Number(shown ?? 0) }).toEqual({
          code,
          key: s.key,
          shown: expect.closeTo(Number(expected), 6) as number,
        });
      }
    }
    expect(lines).toBeGreaterThan(20);
    const total = cellAt(
      pb02,
      [...Array(pb02.rows.length).keys()].find((r) => cellAt(pb02, r, PB02_CODE_COLUMN).v === TOTAL_ROW_CODE)!,
      PB02_SOURCE_COLUMNS.TONG,
    ).v;
    expect(Number(total)).toBeGreaterThan(0);
    // The chart and the picture survive LibreOffice's own save too.
    const parts = Object.keys(unzipSync(readFileSync(recalculated)));
    expect(parts.some((p) => p.startsWith('xl/charts/'))).toBe(true);
    expect(parts.some((p) => p.startsWith('xl/media/'))).toBe(true);
  });
});
