import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { buildSampleWorkbook } from '../../../demo/sampleWorkbook';
import { SHEET_NAMES } from '../../../domain/workbookLayout';
import type { Finding } from '../../../model/finding';
import { buildTemplatePlans } from '../../../templates';
import { addPlanSheet } from '../applyPlan';
import { ZipPackage } from '../fastReader';
import { readWorkbookInfo } from '../fastReader/packageParts';
import { addRichParts } from '../testing/richPackage';
import { FLAG_FILL } from './annotate/flagStyles';
import { annotatedCopy, annotateWorkbook, checkFile, type OpenedFile } from '.';

/**
 * The annotated copy: her whole package, flagged cells highlighted by severity with a note
 * each; every part the highlights do not need is byte-identical.
 */

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

async function sampleFile(): Promise<OpenedFile> {
  const wb = await buildSampleWorkbook({ withSlips: true });
  return { name: 'vinh-linh.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

async function loadExcel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function finding(sheet: string, cell: string, severity: Finding['severity'], code: Finding['code']): Finding {
  return {
    code,
    severity,
    sheet,
    cell,
    message: `Thông báo thử ${code} ở ${cell}`,
    messageEn: `Test message ${code} at ${cell}`,
  };
}

/** Worksheet part path of each sheet name. */
function sheetPaths(bytes: Uint8Array): Map<string, string> {
  return new Map(readWorkbookInfo(new ZipPackage(bytes)).sheets.map((s) => [s.name, s.path]));
}

describe('annotatedCopy on the sample plan with slips', () => {
  let file: OpenedFile;
  let findings: Finding[];
  let extra: Finding[];
  let out: ReturnType<typeof annotateWorkbook>;
  beforeAll(async () => {
    file = await sampleFile();
    findings = checkFile(file).findings;
    const first = findings[0];
    extra = [
      // The same cell flagged twice: one note with both messages, the worst severity's fill.
      finding(first.sheet, first.cell, 'info', 'PERCENT_OUT_OF_RANGE' as Finding['code']),
      // An empty cell of an existing row, and a row the sheet does not hold.
      finding(SHEET_NAMES.plan, 'Z19', 'warning', 'SUM_MISMATCH'),
      finding(SHEET_NAMES.plan, 'C900', 'info', 'SUM_MISMATCH'),
    ];
    out = annotateWorkbook(file, [...findings, ...extra]);
  });

  it('the check finds the deliberate slips (the copy has something to show)', () => {
    expect(findings.filter((f) => f.severity === 'error').length).toBeGreaterThanOrEqual(5);
    expect(out.cells).toBe(new Set([...findings, ...extra].map((f) => `${f.sheet}!${f.cell}`)).size);
    expect(out.notes).toBe(out.cells);
  });

  it('keeps every original part; only styles, content types and the flagged sheets change', () => {
    const before = unzipSync(file.bytes);
    const after = unzipSync(out.bytes);
    const paths = sheetPaths(file.bytes);
    const flagged = new Set([...findings, ...extra].map((f) => paths.get(f.sheet)!));
    const allowed = new Set(['xl/styles.xml', '[Content_Types].xml', ...flagged]);
    const changed = Object.keys(before).filter((p) => !after[p] || !same(before[p], after[p]));
    expect(changed.filter((p) => !allowed.has(p))).toEqual([]);
    expect(changed).toEqual(expect.arrayContaining(['xl/styles.xml', ...flagged]));
    const added = Object.keys(after).filter((p) => !before[p]);
    for (const p of added)
      expect(p).toMatch(/^xl\/(comments\d+\.xml|drawings\/vmlDrawing\d+\.vml|worksheets\/_rels\/.+\.rels)$/);
    expect(added.filter((p) => p.startsWith('xl/comments'))).toHaveLength(flagged.size);
  });

  it('ExcelJS sees the fill and the note on each flagged cell, her values and formats unchanged', async () => {
    const [orig, copy] = [await loadExcel(file.bytes), await loadExcel(out.bytes)];
    for (const f of [...findings, ...extra]) {
      const cell = copy.getWorksheet(f.sheet)!.getCell(f.cell);
      const onCell = [...findings, ...extra].filter((g) => g.sheet === f.sheet && g.cell === f.cell);
      const worst = onCell.some((g) => g.severity === 'error')
        ? 'error'
        : onCell.some((g) => g.severity === 'warning')
          ? 'warning'
          : 'info';
      expect([f.cell, (cell.fill as ExcelJS.FillPattern)?.fgColor?.argb]).toEqual([f.cell, `FF${FLAG_FILL[worst]}`]);
      const note = JSON.stringify(cell.note);
      expect(note).toContain(JSON.stringify(f.message).slice(1, -1));
      expect(note).toContain(JSON.stringify(f.messageEn).slice(1, -1));
      const before = orig.getWorksheet(f.sheet)!.getCell(f.cell);
      if (extra.includes(f)) continue; // inserted cells had no format to keep
      expect([f.cell, cell.numFmt, cell.font, cell.border]).toEqual([
        f.cell,
        before.numFmt,
        before.font,
        before.border,
      ]);
    }
    orig.eachSheet((ws) => {
      const other = copy.getWorksheet(ws.name)!;
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          expect([ws.name, cell.address, other.getRow(r).getCell(c).value]).toEqual([
            ws.name,
            cell.address,
            cell.value,
          ]);
        }),
      );
    });
  });

  it('a cell flagged twice gets one note holding both messages', () => {
    const first = findings[0];
    const path = sheetPaths(file.bytes).get(first.sheet)!;
    const comments = Object.entries(unzipSync(out.bytes))
      .filter(([p]) => p.startsWith('xl/comments'))
      .map(([, b]) => text(b))
      .find((x) => x.includes(`ref="${first.cell}"`))!;
    expect(comments.split(`ref="${first.cell}"`)).toHaveLength(2);
    const note = comments.slice(comments.indexOf(`ref="${first.cell}"`)).split('</comment>')[0];
    expect(note).toContain(first.code);
    expect(note).toContain('PERCENT_OUT_OF_RANGE');
    expect(path).toMatch(/^xl\/worksheets\//);
  });

  it('runs without Node: Buffer-free Uint8Array in, Uint8Array out, with the global Buffer gone', () => {
    const plain = { name: 'plain.xlsx', bytes: Uint8Array.from(file.bytes) };
    const saved = globalThis.Buffer;
    let bytes: Uint8Array;
    let count: number;
    try {
      // @ts-expect-error -- proving the page's path never touches Node's Buffer
      delete globalThis.Buffer;
      const checked = checkFile(plain);
      count = checked.findings.length;
      bytes = annotatedCopy(plain, checked.findings);
    } finally {
      globalThis.Buffer = saved;
    }
    expect(count).toBe(findings.length);
    expect(bytes.constructor).toBe(Uint8Array);
    expect(text(unzipSync(bytes)['[Content_Types].xml'])).toContain('Extension="vml"');
  });
});

describe('annotatedCopy on a workbook holding a chart, a picture, her notes and macros', () => {
  async function richFile(macro: boolean): Promise<OpenedFile> {
    const wb = new ExcelJS.Workbook();
    for (const plan of buildTemplatePlans({ year: 2024, level: 'huyen', unit: 'trieu' })) addPlanSheet(wb, plan);
    const bytes = addRichParts(new Uint8Array(await wb.xlsx.writeBuffer()), { dataSheet: SHEET_NAMES.plan, macro });
    return { name: macro ? 'bieu-do.xlsm' : 'bieu-do.xlsx', bytes };
  }

  it('keeps the chart, picture, pivot and macro byte for byte; the workbook stays macro-enabled', async () => {
    const file = await richFile(true);
    const before = unzipSync(file.bytes);
    const out = annotateWorkbook(file, [
      finding(SHEET_NAMES.plan, 'D12', 'error', 'SUM_MISMATCH'),
      finding('Thuyết minh', 'A2', 'warning', 'SUM_MISMATCH'),
    ]);
    const after = unzipSync(out.bytes);
    const kept = Object.keys(before).filter((p) => /drawing1|chart|media|pivot|vbaProject|externalLink/.test(p));
    expect(kept.length).toBeGreaterThanOrEqual(8);
    for (const p of kept) expect([p, same(before[p], after[p])]).toEqual([p, true]);
    expect(text(after['[Content_Types].xml'])).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    // A2 carries her note: highlighted, her note alone (her comments and drawing untouched: nothing to add).
    expect(out.withHerNote).toEqual(['Thuyết minh!A2']);
    expect(out.notes).toBe(1);
    for (const p of ['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml'])
      expect([p, same(before[p], after[p])]).toEqual([p, true]);
    const theirs = sheetPaths(file.bytes).get('Thuyết minh')!;
    expect(text(after[theirs])).toMatch(/<c r="A2" s="\d+"/);
    expect(text(after[theirs]).match(/<legacyDrawing /g)).toHaveLength(1);
  });

  it('on a sheet with her notes, ours join hers: her note kept word for word, ours in her drawing', async () => {
    const file = await richFile(false);
    const before = unzipSync(file.bytes);
    const out = annotateWorkbook(file, [finding('Thuyết minh', 'B2', 'error', 'SUM_MISMATCH')]);
    const after = unzipSync(out.bytes);
    expect([out.notes, out.notesSkipped, out.withHerNote]).toEqual([1, [], []]);
    const comments = text(after['xl/comments1.xml']);
    const hers = /<comment ref="A2"[\s\S]*?<\/comment>/.exec(text(before['xl/comments1.xml']))![0];
    expect(comments).toContain(hers);
    expect(comments).toMatch(/<authors><author>Cán bộ<\/author><author>mtqg<\/author><\/authors>/);
    expect(comments).toMatch(/<comment ref="B2" authorId="1">[\s\S]*Test message SUM_MISMATCH at B2/);
    const vml = text(after['xl/drawings/vmlDrawing1.vml']);
    expect(vml).toContain('_x0000_s1025'); // her shape
    expect(vml.match(/<x:ClientData ObjectType="Note">/g)).toHaveLength(2);
    expect(vml).toMatch(/<o:idmap v:ext="edit" data="1,\d+"\/>/);
    // No second drawing on her sheet.
    expect(Object.keys(after).filter((p) => p.endsWith('.vml'))).toEqual(['xl/drawings/vmlDrawing1.vml']);
  });

  it('the fill keeps the flagged cell’s own format (number format, font, border)', async () => {
    const file = await richFile(false);
    const out = annotateWorkbook(file, [finding(SHEET_NAMES.plan, 'D12', 'warning', 'SUM_MISMATCH')]);
    const styles = text(unzipSync(out.bytes)['xl/styles.xml']);
    const sheet = text(unzipSync(out.bytes)[sheetPaths(file.bytes).get(SHEET_NAMES.plan)!]);
    const origSheet = text(unzipSync(file.bytes)[sheetPaths(file.bytes).get(SHEET_NAMES.plan)!]);
    const oldS = Number(/<c r="D12"[^>]*?\ss="(\d+)"/.exec(origSheet)?.[1] ?? 0);
    const newS = Number(/<c r="D12"[^>]*?\ss="(\d+)"/.exec(sheet)![1]);
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/
      .exec(styles)![1]
      .match(/<xf\b[^>]*?\/>|<xf\b[^>]*?>[\s\S]*?<\/xf>/g)!;
    const attrs = (xf: string) => {
      const a = Object.fromEntries([...xf.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      delete a.fillId;
      delete a.applyFill;
      return a;
    };
    expect(newS).toBe(xfs.length - 1);
    expect(attrs(xfs[newS])).toEqual(attrs(xfs[oldS]));
    // Everything outside the flagged cell's tag is the original sheet text.
    expect(
      sheet
        .replace(/<c r="D12"[^>]*?>/, '')
        .replace(/<legacyDrawing [^>]*\/>/, '')
        .replace(/ xmlns:r="[^"]*"/, ''),
    ).toBe(origSheet.replace(/<c r="D12"[^>]*?>/, '').replace(/ xmlns:r="[^"]*"/, ''));
  });
});
