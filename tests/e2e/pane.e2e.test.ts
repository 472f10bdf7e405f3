// The built task pane (dist/taskpane.html) driven in headless Chromium in preview mode
// (no Excel): load templates → fill sample figures → check → jump to a finding →
// create appendices → switch language. The findings expected are a fixed list for the
// sample with slips (below), independent of the validation code, so a check that returns
// nothing (or too much) fails here; the appendix names come from the Node core.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { servedBrowser, watchPage, type Served } from './harness';
import { expectClean, horizontalOverflow, tabSweep } from './probes';
import { buildSampleWorkbook } from '../../src/demo/sampleWorkbook';
import { XlsxWorkbookHost } from '../../src/host/xlsx/XlsxWorkbookHost';
import { buildAppendixPlans } from '../../src/appendix';
import { buildSamplePlans } from '../../src/demo/samplePlans';
import { SHEET_NAMES } from '../../src/domain/workbookLayout';
import { firstVisibleCell } from '../../src/taskpane/firstVisibleCell';

const SCREENSHOTS =
  process.env.MTQG_SCREENSHOT_DIR || path.resolve(__dirname, '..', '..', 'test-output', 'screenshots');
const PANE_WIDTH = 320;

/**
 * What checking the sample with slips (src/demo/samplePlans.ts) must find, written out by hand: one finding per
 * slip, each an error (the Dân góp total slip shows on both sheets), nothing else.
 */
const EXPECTED_FINDINGS = [
  'SOURCE_NOT_ELIGIBLE@Kế hoạch vốn!F19',
  'OVER_ALLOCATION@Kế hoạch vốn!F24',
  'SUM_MISMATCH@Giao vốn!N9',
  'HARDCODED_TOTAL@Kế hoạch vốn!I20',
  'UNIT_SUSPECT@Giao vốn!I9',
  'NUMBER_WITH_UNIT@Chỉ tiêu!E14',
  'DISBURSED_OVER_PLAN@Giải ngân!E30',
];
const EXPECTED_COUNTS = { error: 7, warning: 0, info: 0 } as const;
const EXPECTED_TOTAL = EXPECTED_COUNTS.error + EXPECTED_COUNTS.warning + EXPECTED_COUNTS.info;

interface Expected {
  appendixNames: string[];
  appendixFirstCell: string;
}

async function expectedFromNode(): Promise<Expected> {
  const host = new XlsxWorkbookHost(await buildSampleWorkbook({ withSlips: true }));
  const snapshot = await host.readSnapshot();
  const appendix = buildAppendixPlans(snapshot, { unverified: EXPECTED_COUNTS.error > 0 });
  return {
    appendixNames: appendix.map((p) => p.name),
    appendixFirstCell: firstVisibleCell(appendix[0]),
  };
}

async function openPane(
  { browser, server }: Served,
  viewport = { width: PANE_WIDTH, height: 800 },
  deviceScaleFactor = 1,
) {
  const context = await browser.newContext({ viewport, deviceScaleFactor });
  const page = await context.newPage();
  const activity = await watchPage(page);
  await page.goto(`${server.url}taskpane.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => Boolean((window as unknown as { __mtqgPreview?: unknown }).__mtqgPreview), null, {
    timeout: 30000,
  });
  return { context, page, activity };
}

async function shot(page: Page, name: string, { withDialog = false } = {}): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  // Dialogs fade out: wait until they are gone (unless the dialog is the subject).
  if (!withDialog)
    await page.waitForFunction(
      () => document.querySelectorAll('[role="dialog"], [role="alertdialog"]').length === 0,
      null,
      { timeout: 10000 },
    );
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: !withDialog });
}

/** Sheet tab names of the preview grid, in order. */
async function gridTabs(page: Page): Promise<string[]> {
  return page.getByTestId('sheet-tab').allInnerTexts();
}

describe('task pane in preview mode (320 px wide)', () => {
  const served = servedBrowser();
  let expected: Expected;

  beforeAll(async () => {
    expected = await expectedFromNode();
  });

  it('expects one finding for each slip the sample declares (the fixed list matches the demo data)', () => {
    const declared = buildSamplePlans({ withSlips: true }).expected.map((e) => `${e.code}@${e.sheet}!${e.cell}`);
    expect([...declared].sort()).toEqual([...EXPECTED_FINDINGS].sort());
  });

  it('drives the whole flow: templates, sample figures, check, jump, appendices, language', async () => {
    const { context, page, activity } = await openPane(served);
    const templatesPanel = page.getByTestId('panel-templates');
    await expect(page.getByText('Chế độ xem thử (không có Excel) / Preview mode (no Excel)').isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByTestId('intro').isVisible()).resolves.toBe(true);
    await shot(page, '1-templates-start');

    // 1. Load templates.
    await templatesPanel.getByRole('button', { name: 'Tải mẫu biểu vào sổ tính' }).click();
    const sheetCount = Object.values(SHEET_NAMES).length;
    const created = templatesPanel.getByText(new RegExp(`^Đã tạo ${sheetCount} trang tính:`));
    await created.waitFor({ state: 'visible', timeout: 30000 });
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="sheet-tab"]').length === n, sheetCount);
    // The Mẫu biểu panel says the disbursement sheet exists and what to type where.
    await expect(templatesPanel.getByTestId('disbursement-hint').innerText()).resolves.toContain('Giải ngân');
    expect(await gridTabs(page)).toEqual(Object.values(SHEET_NAMES));
    expect(await page.getByTestId('preview-grid').getAttribute('data-active-sheet')).toBe(SHEET_NAMES.settings);
    await shot(page, '2-templates-loaded');
    await page.getByRole('button', { name: 'Đã hiểu' }).click();

    // 2. Fill sample figures (with deliberate slips).
    await page.getByRole('button', { name: 'Điền số liệu mẫu' }).click();
    await page.getByText(/^Đã thay sổ tính xem thử/).waitFor({ state: 'visible', timeout: 60000 });

    // 3. Check: exactly the fixed list of findings for the sample's slips; the list is really visible.
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    const validationPanel = page.getByTestId('panel-validation');
    await validationPanel.getByRole('button', { name: 'Kiểm tra sổ tính' }).click();
    await validationPanel.getByTestId('summary').waitFor({ state: 'visible', timeout: 60000 });
    for (const severity of ['error', 'warning', 'info'] as const) {
      expect(await validationPanel.getByTestId(`count-${severity}`).getAttribute('data-count')).toBe(
        String(EXPECTED_COUNTS[severity]),
      );
    }
    const items = validationPanel.getByTestId('finding');
    expect(await items.count()).toBe(EXPECTED_TOTAL);
    const shown = await items.evaluateAll((els) =>
      els.map(
        (el) => `${el.getAttribute('data-code')}@${el.getAttribute('data-sheet')}!${el.getAttribute('data-cell')}`,
      ),
    );
    expect([...shown].sort()).toEqual([...EXPECTED_FINDINGS].sort());
    await expect(items.first().isVisible()).resolves.toBe(true);
    const firstBox = await items.first().boundingBox();
    expect(firstBox && firstBox.width > 100 && firstBox.height > 10).toBe(true);
    expect((await items.first().innerText()).trim().length).toBeGreaterThan(10);
    await shot(page, '3-validation');

    // 4. Click a finding → the grid shows its sheet and outlines its cell, scrolled into view.
    const target = items.first();
    const sheet = (await target.getAttribute('data-sheet'))!;
    const cell = (await target.getAttribute('data-cell'))!;
    await target.click();
    const selected = page.locator(
      `[data-testid="preview-grid"][data-active-sheet="${sheet}"] td[data-selected="true"]`,
    );
    await selected.waitFor({ state: 'visible', timeout: 30000 });
    expect(await selected.getAttribute('data-cell')).toBe(cell);
    expect(await selected.getAttribute('data-severity')).toBe(await target.getAttribute('data-severity'));
    const scrollBox = (await page.locator('.mtqg-grid-scroll').boundingBox())!;
    const cellBox = (await selected.boundingBox())!;
    expect(cellBox.y + cellBox.height > scrollBox.y && cellBox.y < scrollBox.y + scrollBox.height).toBe(true);
    expect(cellBox.x + cellBox.width > scrollBox.x && cellBox.x < scrollBox.x + scrollBox.width).toBe(true);

    // Keyboard: Enter on another finding moves the selection too.
    if ((await items.count()) > 1) {
      const other = items.nth((await items.count()) - 1);
      const otherCell = (await other.getAttribute('data-cell'))!;
      const otherSheet = (await other.getAttribute('data-sheet'))!;
      await other.focus();
      await page.keyboard.press('Enter');
      await page
        .locator(
          `[data-testid="preview-grid"][data-active-sheet="${otherSheet}"] td[data-selected="true"][data-cell="${otherCell}"]`,
        )
        .waitFor({ state: 'visible', timeout: 30000 });
    }

    // Search narrows the visible list.
    await validationPanel.getByPlaceholder('Tìm trong kết quả').fill(cell);
    const narrowed = await items.count();
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThanOrEqual(EXPECTED_TOTAL);
    await validationPanel.getByPlaceholder('Tìm trong kết quả').fill('');

    // 5. Appendices: confirm when errors remain, then the appendix tabs appear, first selected.
    await page.getByRole('tab', { name: 'Phụ biểu' }).click();
    const appendixPanel = page.getByTestId('panel-appendix');
    await appendixPanel.getByRole('button', { name: 'Tạo phụ biểu' }).click();
    if (EXPECTED_COUNTS.error > 0) {
      const confirm = page.getByRole('button', { name: 'Vẫn tạo (số liệu chưa kiểm tra)' });
      await confirm.waitFor({ state: 'visible', timeout: 60000 });
      await expect(appendixPanel.getByTestId('appendix-errors').isVisible()).resolves.toBe(true);
      await shot(page, '4-appendix-confirm', { withDialog: true });
      await confirm.click();
    }
    await appendixPanel.getByText(/^Đã tạo: /).waitFor({ state: 'visible', timeout: 60000 });
    await page
      .locator(
        `[data-testid="preview-grid"][data-active-sheet="${expected.appendixNames[0]}"] td[data-selected="true"][data-cell="${expected.appendixFirstCell}"]`,
      )
      .waitFor({ timeout: 30000 });
    // The hidden marker row stays hidden: the jump lands on the first row the reader sees.
    expect(await page.locator('[data-testid="preview-grid"] td[data-cell="A1"]').count()).toBe(0);
    const tabs = await gridTabs(page);
    for (const name of expected.appendixNames) expect(tabs).toContain(name);
    await shot(page, '5-appendix');

    // 6. Language: English labels, kept after a reload.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('tab', { name: 'Check' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Create appendices' }).isVisible()).resolves.toBe(true);
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('tab', { name: 'Templates' }).waitFor({ state: 'visible', timeout: 30000 });
    await expect(page.getByRole('button', { name: 'Load templates into the workbook' }).isVisible()).resolves.toBe(
      true,
    );
    expect(await page.getByRole('tab', { name: 'Mẫu biểu' }).count()).toBe(0);
    await shot(page, '6-english');

    const overflow = await horizontalOverflow(page);
    expect(overflow.offenders).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
    expectClean(activity);
    await context.close();
  });

  it('reaches every action of every panel by Tab alone, and Space on a finding jumps to its cell', async () => {
    const { context, page, activity } = await openPane(served);
    await page.getByRole('button', { name: 'Điền số liệu mẫu' }).click();
    await page.getByText(/^Đã thay sổ tính xem thử/).waitFor({ state: 'visible', timeout: 60000 });
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByTestId('panel-validation').getByRole('button', { name: 'Kiểm tra sổ tính' }).click();
    await page.getByTestId('finding').first().waitFor({ state: 'visible', timeout: 60000 });

    for (const tabName of ['Mẫu biểu', 'Phụ biểu', 'Kiểm tra']) {
      await page.getByRole('tab', { name: tabName }).click();
      const { wanted, missed } = await tabSweep(page);
      expect(wanted).toBeGreaterThan(5);
      expect([tabName, missed]).toEqual([tabName, []]);
    }

    // Tab on to the last finding and press Space: the grid selects its cell.
    const last = page.getByTestId('finding').last();
    const cell = (await last.getAttribute('data-cell'))!;
    const sheet = (await last.getAttribute('data-sheet'))!;
    const isFocused = () => last.evaluate((el) => el === document.activeElement);
    for (let i = 0; i < 200 && !(await isFocused()); i++) await page.keyboard.press('Tab');
    await expect(isFocused()).resolves.toBe(true);
    await page.keyboard.press('Space');
    await page
      .locator(
        `[data-testid="preview-grid"][data-active-sheet="${sheet}"] td[data-selected="true"][data-cell="${cell}"]`,
      )
      .waitFor({ state: 'visible', timeout: 30000 });
    expectClean(activity);
    await context.close();
  });

  it('does not scroll sideways at 200 % zoom (320 px pane = 160 CSS px), on every panel', async () => {
    const { context, page, activity } = await openPane(served, { width: PANE_WIDTH / 2, height: 600 }, 2);
    await page.getByRole('button', { name: 'Điền số liệu mẫu' }).click();
    await page.getByText(/^Đã thay sổ tính xem thử/).waitFor({ state: 'visible', timeout: 60000 });
    const panels: [string, string][] = [
      ['Mẫu biểu', 'templates'],
      ['Kiểm tra', 'validation'],
      ['Phụ biểu', 'appendix'],
    ];
    for (const [tabName, id] of panels) {
      await page.getByRole('tab', { name: tabName }).click();
      if (id === 'validation') {
        await page.getByTestId('panel-validation').getByRole('button', { name: 'Kiểm tra sổ tính' }).click();
        await page.getByTestId('finding').first().waitFor({ state: 'visible', timeout: 60000 });
      }
      const { scrollWidth, clientWidth, offenders } = await horizontalOverflow(page);
      await shot(page, `zoom200-${id}`);
      expect([id, offenders]).toEqual([id, []]);
      expect([id, scrollWidth]).toEqual([id, clientWidth]);
    }
    expectClean(activity);
    await context.close();
  });
});
