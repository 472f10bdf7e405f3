// Her section headings in the pane's mapping review (350×800): "C. VỐN LỒNG GHÉP" read as lồng ghép,
// she picks huy động, re-checks and saves it in the workbook (what the next reading lays over her
// table: tests/cli/savedMapping.test.ts).
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { type PageActivity, servedBrowser } from './harness';
import { gridCells, herSheetPlan, openPaneWith } from './paneHarness';
import { axeViolations } from './pageHarness';
import { sectionedWithSourceSection } from '../fixtures/ownLayout/sections';

const SCREENSHOTS =
  process.env.MTQG_SCREENSHOT_DIR || path.resolve(__dirname, '..', '..', 'test-output', 'screenshots');

const served = servedBrowser();
let page: Page;
let activity: PageActivity;

beforeAll(async () => {
  ({ page, activity } = await openPaneWith(
    served.browser,
    served.server,
    herSheetPlan('KH 2024', gridCells(sectionedWithSourceSection())),
  ));
});

const kindOf = (row: number) => page.getByTestId(`mapping-section-${row}`).getAttribute('data-kind');

it('a section heading read as another source: picked, its rows with it, re-checked and saved', async () => {
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  const panel = page.getByTestId('panel-validation');
  await panel.getByRole('button', { name: 'Kiểm tra sổ tính' }).click();
  const review = panel.getByTestId('mapping-review');
  await review.waitFor({ state: 'visible', timeout: 60000 });
  expect([await kindOf(5), await kindOf(8), await kindOf(11)]).toEqual(['DTPT', 'SN', 'LONG_GHEP']);
  // Each heading's dropdown is named by her heading (axe: no unnamed control in the review).
  expect(await review.getByRole('combobox', { name: /^11 C\. VỐN LỒNG GHÉP/ }).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);

  await review.getByTestId('mapping-section-11').getByRole('combobox').click();
  await page.getByRole('option', { name: 'Vốn huy động hợp pháp khác' }).click();
  await review.getByTestId('mapping-edited').waitFor({ state: 'visible' });
  expect(await kindOf(11)).toBe('HUY_DONG');
  await page.getByRole('listbox').waitFor({ state: 'detached' });
  await review.getByTestId('mapping-section-11').scrollIntoViewIfNeeded();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'mapping-06-section-row.png') });

  await review.getByRole('button', { name: 'Kiểm tra lại' }).click();
  await review.getByTestId('mapping-edited').waitFor({ state: 'detached', timeout: 60000 });
  await review.getByRole('button', { name: 'Lưu vào sổ tính' }).click();
  await panel.getByText(/^Đã lưu ánh xạ vào sổ tính/).waitFor({ state: 'visible', timeout: 60000 });
  const saved = await page.evaluate(() => {
    const handle = (window as unknown as { __mtqgPreview: { host: any } }).__mtqgPreview;
    const ws = handle.host.workbook.getWorksheet('mtqg_anh_xa');
    const json: string[] = [];
    ws?.eachRow((row: any, n: number) => n >= 3 && json.push(String(row.getCell(1).value ?? '')));
    return json.join('');
  });
  const sectionRows = (
    JSON.parse(saved) as { tables: Array<{ rows: Array<{ row: number; source?: string }> }> }
  ).tables[0].rows
    .filter((r) => r.source)
    .map((r) => `${r.row}:${r.source}`);
  expect(sectionRows).toEqual(['11:HUY_DONG', '12:HUY_DONG', '13:HUY_DONG']);

  expect(activity.pageErrors).toEqual([]);
});

it('"Chuyển sang mẫu chuẩn" adds the template with a note on each figure naming her cell, as `mtqg import` does', async () => {
  const panel = page.getByTestId('panel-validation');
  await panel.getByTestId('mapping-convert').click();
  await panel.getByText(/^Đã thêm mẫu chuẩn/).waitFor({ state: 'visible', timeout: 60000 });
  const notes = await page.evaluate(() => {
    const handle = (window as unknown as { __mtqgPreview: { host: any } }).__mtqgPreview;
    const out: string[] = [];
    handle.host.workbook.eachSheet((ws: any) =>
      ws.eachRow((row: any) =>
        row.eachCell((cell: any) => cell.note && out.push(`${ws.name}!${cell.address} ${String(cell.note)}`)),
      ),
    );
    return out;
  });
  const fromHer = notes.filter((n) => / Từ \/ from KH 2024!/.test(n));
  expect(fromHer.length).toBeGreaterThan(0);
  // Section C, set to huy động above: DA1's 60 (her C12) and DA4's 40 (C13), each noted where it landed.
  expect(fromHer.filter((n) => /from KH 2024!C1[23]$/.test(n))).toHaveLength(2);
  // Her own sheet carries no note of ours.
  expect(notes.filter((n) => n.startsWith('KH 2024!'))).toEqual([]);
  expect(activity.pageErrors).toEqual([]);
});
