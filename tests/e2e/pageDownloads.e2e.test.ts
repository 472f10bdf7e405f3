// The standalone page's downloads (issue #14), each opened with ExcelJS (or parsed) in Node:
// the annotated copy (her file's bytes on disk unchanged, every original part kept, flagged
// cells highlighted with a note), the report (JSON = `mtqg validate --format json`, and xlsx),
// appendices (refused with errors unless she confirms; the safe choice is the default), the
// converted template of an own-layout file, and the consolidation of three files.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { servedBrowser } from './harness';
import { cliFindings, giveFiles, openPage, shot, type GivenFile } from './pageHarness';
import { buildSampleWorkbook } from '../../src/demo/sampleWorkbook';
import { CORPUS } from '../fixtures/ownLayout/corpus';
import { corpusWorkbook, gridXlsx } from '../fixtures/ownLayout/writeXlsx';
import { projectWithOwnRow } from '../fixtures/ownLayout/sections';
import { unitPlans, unitWorkbookBuffer } from '../../src/consolidation/testing/unitWorkbooks';
import { checkFile, consolidatedWorkbook } from '../../src/host/xlsx/outputs';
import { buildAppendixPlans } from '../../src/appendix';
import { SHEET_NAMES } from '../../src/domain/workbookLayout';

const served = servedBrowser();
let dir: string;
let slips: GivenFile;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mtqg-page-dl-'));
  const wb = await buildSampleWorkbook({ withSlips: true });
  slips = { name: 'KeHoach.xlsx', bytes: Buffer.from(await wb.xlsx.writeBuffer()) };
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Clicks a download button and returns the file the browser saved (name and bytes). */
async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 120000 }),
    page.getByTestId(testId).first().click(),
  ]);
  const at = path.join(dir, `${Date.now()}-${dl.suggestedFilename()}`);
  await dl.saveAs(at);
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(at) };
}

async function openXlsx(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

it('annotated copy, reports and appendices of the demo workbook with slips', async () => {
  const onDisk = path.join(dir, slips.name);
  fs.writeFileSync(onDisk, slips.bytes);
  const { context, page, activity } = await openPage(served.browser, served.server, undefined, {
    acceptDownloads: true,
  });
  await page.getByTestId('file-input').setInputFiles(onDisk);
  await page.getByTestId('file-result').waitFor({ timeout: 120000 });
  const expected = await cliFindings(slips);

  // The annotated copy: named after her file, every part of hers kept, the flagged cells marked with a note.
  const annotated = await download(page, 'download-annotated');
  expect(annotated.name).toBe('KeHoach_ban-danh-dau.xlsx');
  expect(fs.readFileSync(onDisk).equals(slips.bytes)).toBe(true);
  const parts = Object.keys(unzipSync(new Uint8Array(slips.bytes)));
  const copyParts = Object.keys(unzipSync(new Uint8Array(annotated.bytes)));
  expect(copyParts).toEqual(expect.arrayContaining(parts));
  const copy = await openXlsx(annotated.bytes);
  for (const f of expected) {
    const [, sheet, cell] = /^[A-Z_]+@(.+)!([A-Z]+\d+)$/.exec(f)!;
    const c = copy.getWorksheet(sheet)!.getCell(cell);
    expect(c.note).toBeTruthy();
    expect((c.fill as ExcelJS.FillPattern | undefined)?.pattern).toBe('solid');
  }
  const original = await openXlsx(slips.bytes);
  const someCell = expected[0].split('@')[1].split('!');
  expect(copy.getWorksheet(someCell[0])!.getCell(someCell[1]).value).toEqual(
    original.getWorksheet(someCell[0])!.getCell(someCell[1]).value,
  );
  await shot(page, 'page-07-annotated-downloaded');

  // The report: JSON equal to `mtqg validate --format json`; the xlsx lists every finding.
  const json = await download(page, 'download-reportJson');
  expect(json.name).toBe('KeHoach_bao-cao-kiem-tra.json');
  const report = JSON.parse(json.bytes.toString('utf8')) as {
    findings: { code: string; sheet: string; cell: string }[];
  };
  expect(report.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`).sort()).toEqual(expected);
  const xlsxReport = await openXlsx((await download(page, 'download-reportXlsx')).bytes);
  const reportText = xlsxReport.worksheets.map((ws) => ws.getSheetValues().flat().join(' ')).join(' ');
  for (const f of expected) expect(reportText).toContain(f.split('@')[0]);

  // Appendices with errors left: the dialog's safe choice is focused, Enter makes nothing.
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByTestId('download-appendix').click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('dialog-safe');
  await shot(page, 'page-08-appendix-dialog', false);
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await page.waitForTimeout(500);
  expect(downloads).toBe(0);
  expect(await page.getByTestId('download-status').count()).toBe(0);
  await page.getByTestId('download-appendix').click();
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 120000 }),
    page.getByTestId('dialog-risky').click(),
  ]);
  expect(dl.suggestedFilename()).toBe('KeHoach_phu-bieu.xlsx');
  const appendixAt = path.join(dir, 'appendix.xlsx');
  await dl.saveAs(appendixAt);
  const appendix = await openXlsx(fs.readFileSync(appendixAt));
  const names = buildAppendixPlans(checkFile({ name: slips.name, bytes: slips.bytes }).snapshot, {
    unverified: true,
  }).map((p) => p.name);
  expect(appendix.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining([...names, SHEET_NAMES.plan]));
  expect(activity.externalRequests).toEqual([]);
  expect(activity.pageErrors).toEqual([]);
  await context.close();
});

it('the converted template of an own-layout file, and a blank template', async () => {
  const own = corpusWorkbook(CORPUS['ngoc-hoi-ngan-sach']());
  const file = { name: 'NgocHoi.xlsx', bytes: Buffer.from(await own.xlsx.writeBuffer()) };
  const { context, page } = await openPage(served.browser, served.server, undefined, { acceptDownloads: true });
  await giveFiles(page, [file]);
  const converted = await download(page, 'download-converted');
  expect(converted.name).toBe('NgocHoi_mau-chuan.xlsx');
  const wb = await openXlsx(converted.bytes);
  expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining([SHEET_NAMES.settings, SHEET_NAMES.plan]));
  // Her figures are in the template: checking the converted file finds the template, not her layout.
  expect(checkFile({ name: 'c.xlsx', bytes: new Uint8Array(converted.bytes) }).kind).toBe('template');
  // Nothing in the copy to look at: a plain success, no list.
  await expect(page.getByTestId('download-status').getAttribute('data-intent')).resolves.toBe('success');
  expect(await page.getByTestId('download-status-remarks').count()).toBe(0);

  await page.getByText('Mẫu biểu trống').first().click();
  const blank = await download(page, 'download-blank');
  expect(blank.name).toBe('mau-bieu-trong.xlsx');
  const blankWb = await openXlsx(blank.bytes);
  expect(blankWb.getWorksheet(SHEET_NAMES.plan)).toBeTruthy();
  await shot(page, 'page-09-converted-and-blank');
  await context.close();
});

it('converting a project with its own row: the status lists what to check in the copy, as mtqg import prints it', async () => {
  const own = gridXlsx(projectWithOwnRow());
  const file = { name: 'DuAn3.xlsx', bytes: Buffer.from(await own.xlsx.writeBuffer()) };
  const { context, page } = await openPage(served.browser, served.server, undefined, { acceptDownloads: true });
  await giveFiles(page, [file]);
  const converted = await download(page, 'download-converted');
  expect(converted.name).toBe('DuAn3_mau-chuan.xlsx');
  const status = page.getByTestId('download-status');
  await expect(status.getAttribute('data-intent')).resolves.toBe('warning');
  expect(await page.getByTestId('download-status-remarks').locator('li').allTextContents()).toEqual([
    expect.stringMatching(/^Cần xem \/ check: KH 2024!D6 — DA3 · SN NSTW: 20 triệu đồng ghi cho chính dòng/),
  ]);
  expect(await page.getByTestId('download-converted').isEnabled()).toBe(true);
  await shot(page, 'page-09b-converted-remarks');
  await context.close();
});

it('three units opened together: the consolidated workbook equals the one built in Node', async () => {
  const units: GivenFile[] = [];
  for (const [i, name] of ['Xã A', 'Xã B', 'Xã C'].entries())
    units.push({ name: `xa-${i + 1}.xlsx`, bytes: await unitWorkbookBuffer(unitPlans({ name, scale: i + 1 })) });
  const { context, page } = await openPage(served.browser, served.server, undefined, { acceptDownloads: true });
  await giveFiles(page, units);
  const got = await download(page, 'download-consolidated');
  expect(got.name).toBe('tong-hop.xlsx');
  const expected = await consolidatedWorkbook(units.map((u) => ({ name: u.name, bytes: new Uint8Array(u.bytes) })));
  const [a, b] = await Promise.all([openXlsx(got.bytes), openXlsx(Buffer.from(expected.bytes))]);
  expect(a.worksheets.map((w) => w.name)).toEqual(b.worksheets.map((w) => w.name));
  const plan = SHEET_NAMES.plan;
  const values = (wb: ExcelJS.Workbook) => JSON.stringify(wb.getWorksheet(plan)?.getSheetValues());
  expect(values(a)).toEqual(values(b));
  expect(a.getWorksheet(plan)).toBeTruthy();
  await shot(page, 'page-10-consolidated');
  await context.close();
});
