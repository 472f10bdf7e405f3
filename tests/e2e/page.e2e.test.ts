// The standalone page (dist/index.html, issue #14) in headless Chromium on the built dist/:
// her file through the file input → the same findings as `mtqg validate --format json`,
// clicking a finding shows its cell, an own-layout file shows its mapping, axe-core, no
// Office.js and no request beyond 127.0.0.1, screenshots at 1280×800 and 390×844.
import { servedBrowser } from './harness';
import {
  axeViolations,
  cliFindings,
  giveFiles,
  openPage,
  overflowsSideways,
  PHONE,
  shot,
  shownFindings,
  type GivenFile,
} from './pageHarness';
import { buildSampleWorkbook } from '../../src/demo/sampleWorkbook';
import { CORPUS } from '../fixtures/ownLayout/corpus';
import { corpusWorkbook } from '../fixtures/ownLayout/writeXlsx';
import { checkFile, openPackage } from '../../src/host/xlsx/outputs';
import { readableSize } from '../../src/host/xlsx/fastReader';
import { heapNeeded } from '../../src/host/xlsx/outputs/memoryNeed';
import { setColumnChoice } from '../../src/layout/editMapping';

const served = servedBrowser();
let slips: GivenFile;
let ownLayout: GivenFile;

beforeAll(async () => {
  const wb = await buildSampleWorkbook({ withSlips: true });
  slips = { name: 'mau-co-loi.xlsx', bytes: Buffer.from(await wb.xlsx.writeBuffer()) };
  // Her plan with her indicator table below it, one target typed with its unit ("12 hộ").
  const [ngocHoi] = CORPUS['ngoc-hoi-ngan-sach']();
  ngocHoi.trailer = [
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024'],
    [1, 'Số hộ được hỗ trợ nhà ở', 'hộ', '12 hộ'],
    [2, 'Số người có uy tín được hỗ trợ', 'lượt người', 8],
  ];
  const own = corpusWorkbook([ngocHoi]);
  ownLayout = { name: 'ngoc-hoi-ngan-sach.xlsx', bytes: Buffer.from(await own.xlsx.writeBuffer()) };
});
describe.each([
  ['desktop', undefined],
  ['phone', PHONE],
])('the page at %s size', (label, viewport) => {
  it('opens the demo workbook with slips: the findings of `mtqg validate`, a finding shows its cell', async () => {
    const { context, page, activity } = await openPage(served.browser, served.server, viewport);
    await shot(page, `page-01-start-${label}`);
    const privacy = await page.getByTestId('privacy').textContent();
    expect(privacy).toContain('Không tải lên đâu cả');
    expect(privacy).toContain('Nothing is uploaded');
    expect(await overflowsSideways(page)).toBe(false);

    await giveFiles(page, [slips]);
    const expected = await cliFindings(slips);
    expect(expected.length).toBeGreaterThan(0);
    expect(await shownFindings(page)).toEqual(expected);
    await expect(page.getByTestId('file-summary').textContent()).resolves.toMatch(/\d+ lỗi/);
    await shot(page, `page-02-checked-${label}`);

    // Clicking a finding: the grid shows its sheet with the cell outlined and scrolled into view.
    const last = page.getByTestId('finding').last();
    const sheet = (await last.getAttribute('data-sheet'))!;
    const cell = (await last.getAttribute('data-cell'))!;
    await last.click();
    const grid = page.getByTestId('preview-grid');
    await page.waitForFunction(
      ([s, c]) =>
        document.querySelector('[data-testid="preview-grid"]')?.getAttribute('data-active-sheet') === s &&
        document.querySelector(`td[data-cell="${c}"][data-selected="true"]`) !== null,
      [sheet, cell],
      { timeout: 20000 },
    );
    const selected = grid.locator(`td[data-cell="${cell}"]`);
    expect(await selected.getAttribute('data-severity')).toBeTruthy();
    const box = await selected.boundingBox();
    const scroller = await grid.locator('.mtqg-grid-scroll').boundingBox();
    expect(box && scroller && box.y >= scroller.y && box.y < scroller.y + scroller.height).toBe(true);
    // The row's label (its code) stays in view beside it, not scrolled away (a phone's narrow grid).
    const labelBox = await selected.locator('xpath=..').locator('td.mtqg-grid-label').boundingBox();
    expect(
      labelBox && scroller && labelBox.x >= scroller.x && labelBox.x + labelBox.width <= scroller.x + scroller.width,
    ).toBe(true);
    expect(box && labelBox && box.x + 1 >= labelBox.x + labelBox.width).toBe(true);
    await selected.scrollIntoViewIfNeeded();
    await shot(page, `page-03-finding-shown-${label}`, false);
    expect(await overflowsSideways(page)).toBe(false);

    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByTestId('privacy').locator('.fui-MessageBarTitle').textContent()).resolves.toBe(
      'Your files never leave this computer',
    );
    await expect(page.getByTestId('file-summary').textContent()).resolves.toMatch(/\d+ errors/);
    await shot(page, `page-04-english-${label}`);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();

    // Never Office.js, nothing beyond this origin, no telemetry frame.
    expect(await page.evaluate(() => document.querySelectorAll('script[src*="office"]').length)).toBe(0);
    expect(await page.evaluate(() => 'Office' in window)).toBe(false);
    expect(activity.externalRequests).toEqual([]);
    expect(activity.framesRefusedByPolicy).toEqual([]);
    expect(page.frames()).toHaveLength(1);
    expect(activity.pageErrors).toEqual([]);
    expect(activity.consoleErrors).toEqual([]);
    await context.close();
  });

  it('an own-layout file is checked through src/layout and shows the mapping it was read through', async () => {
    const { context, page, activity } = await openPage(served.browser, served.server, viewport);
    await giveFiles(page, [ownLayout]);
    expect(await page.getByTestId('file-kind').textContent()).toContain('Bảng tính riêng');
    expect(await shownFindings(page)).toEqual(await cliFindings(ownLayout));
    const table = await page.getByTestId('mapping-table').first().textContent();
    expect(table).toMatch(/đơn vị (triệu đồng|nghìn đồng|đồng),/);
    expect(await page.getByTestId('mapping').locator('td').allTextContents()).toEqual(
      expect.arrayContaining(['DTPT_NSTW']),
    );
    expect(await page.getByTestId('mapping-indicators').textContent()).toMatch(/Bảng chỉ tiêu.*→ CT09, .*→ CT20/);
    expect((await shownFindings(page)).some((f) => f.startsWith('NUMBER_WITH_UNIT'))).toBe(true);
    await page.getByTestId('mapping-review-slot').waitFor();
    await shot(page, `page-05-own-layout-${label}`);
    expect(await overflowsSideways(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    expect(activity.externalRequests).toEqual([]);
    await context.close();
  });
});

it('her own table: the mapping corrected on the page is checked again in the worker, as Node checks it', async () => {
  const { context, page, activity } = await openPage(served.browser, served.server);
  await giveFiles(page, [ownLayout]);
  const before = await shownFindings(page);
  // Node's answer for the same correction: her DTPT_NSTW column read as "Bỏ qua / ignored".
  const found = checkFile({ name: ownLayout.name, bytes: new Uint8Array(ownLayout.bytes) });
  const column = found.layout!.tables[0].columns.find((c) => c.key === 'DTPT_NSTW')!;
  const edited = setColumnChoice(found.layout!, 0, column.col, 'ignored');
  const expected = checkFile({ name: ownLayout.name, bytes: new Uint8Array(ownLayout.bytes) }, { mapping: edited })
    .findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`)
    .sort();
  expect(expected).not.toEqual(before);

  await page.getByTestId('mapping-edit').click();
  const review = page.getByTestId('mapping-review');
  await review.getByTestId(`mapping-col-${column.col}`).getByRole('combobox').click();
  await page.getByRole('option', { name: /^Bỏ qua/ }).click();
  await review.getByTestId('mapping-edited').waitFor({ state: 'visible' });
  await review.getByRole('button', { name: 'Kiểm tra lại' }).click();
  await review.getByTestId('mapping-edited').waitFor({ state: 'detached', timeout: 60000 });
  expect(await shownFindings(page)).toEqual(expected);
  await shot(page, 'page-07-mapping-corrected');
  expect(await axeViolations(page)).toEqual([]);
  expect(activity.externalRequests).toEqual([]);
  await context.close();
});

it('a file that is not a workbook gets one plain line, and the page keeps working', async () => {
  const { context, page } = await openPage(served.browser, served.server);
  await giveFiles(page, [{ name: 'ghi-chu.xlsx', bytes: Buffer.from('không phải tệp Excel') }]);
  await expect(page.getByTestId('file-error').textContent()).resolves.toMatch(/xlsx/);
  await giveFiles(page, [slips]);
  expect((await shownFindings(page)).length).toBeGreaterThan(0);
  await shot(page, 'page-06-unreadable-file');
  await context.close();
});

it('a workbook the browser heap cannot hold is refused in one plain line, before reading; the page keeps working', async () => {
  const { context, page } = await openPage(served.browser, served.server);
  // Chromium tells the page its heap limit (performance.memory); here a limit below the file's need.
  await page.evaluate(() =>
    Object.defineProperty(performance, 'memory', { value: { jsHeapSizeLimit: 32 * 1024 * 1024 }, configurable: true }),
  );
  await giveFiles(page, [slips]);
  await expect(page.getByTestId('file-error').textContent()).resolves.toMatch(/Tệp quá lớn so với bộ nhớ máy này/);
  // Near miss: the browser's own limit (3.7 GB here), and the same file is read and checked.
  await page.evaluate(() => delete (performance as unknown as { memory?: unknown }).memory);
  await giveFiles(page, [slips]);
  expect(await shownFindings(page)).toEqual(await cliFindings(slips));
  await context.close();
});

it('the files already open count against the heap: a second one that does not fit beside them is refused in one line', async () => {
  const { context, page } = await openPage(served.browser, served.server);
  const need = heapNeeded(readableSize(openPackage({ name: slips.name, bytes: new Uint8Array(slips.bytes) })));
  // Room for one demo workbook, not two.
  await page.evaluate(
    (limit) => Object.defineProperty(performance, 'memory', { value: { jsHeapSizeLimit: limit }, configurable: true }),
    2 * need - 1,
  );
  await giveFiles(page, [slips]);
  expect(await shownFindings(page)).toEqual(await cliFindings(slips));
  await giveFiles(page, [slips]);
  await expect(page.getByTestId('file-error').textContent()).resolves.toMatch(/đóng bớt tệp rồi mở lại/);
  await context.close();
});

it('the print view: the report alone, with the unit, the date, the counts and every finding', async () => {
  const { context, page } = await openPage(served.browser, served.server);
  await giveFiles(page, [slips]);
  const expected = await cliFindings(slips);
  expect(await page.getByTestId('print-report').count()).toBe(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const report = page.getByTestId('print-report');
  await report.waitFor();
  const text = (await report.textContent())!;
  expect(text).toContain('BÁO CÁO KIỂM TRA KẾ HOẠCH VỐN');
  expect(text).toContain('Huyện Vĩnh Linh');
  expect(text).toMatch(/\d{2}\/\d{2}\/\d{4}/);
  expect(text).toContain(`${expected.length} lỗi`);
  expect(await report.locator('tbody tr').count()).toBe(expected.length);
  expect(await page.getByTestId('drop-zone').isVisible()).toBe(false);
  await shot(page, 'page-13-print-view');
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await report.waitFor({ state: 'detached' });
  await context.close();
});

it('a file dropped on the drop zone is opened and checked like a chosen one', async () => {
  const { context, page } = await openPage(served.browser, served.server);
  await page.evaluate(
    ({ name, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name));
      const zone = document.querySelector('[data-testid="drop-zone"]')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name: slips.name, base64: slips.bytes.toString('base64') },
  );
  await page.getByTestId('file-result').waitFor({ timeout: 120000 });
  expect(await shownFindings(page)).toEqual(await cliFindings(slips));
  await context.close();
});
